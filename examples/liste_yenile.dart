import 'package:flutter/material.dart';

class UrunlerSayfasi extends StatelessWidget {
  const UrunlerSayfasi({super.key});

  @override
  Widget build(BuildContext context) {
    return const Scaffold(body: UrunListesi());
  }
}

// Bir ListView içinde liste elemanlarını aşağı çekerek nasıl yenileyebilirim?
