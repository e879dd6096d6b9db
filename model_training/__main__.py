from model_training.cli import main

main()
