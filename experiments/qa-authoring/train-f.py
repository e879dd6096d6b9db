"""Authored Q&A tasks, each in three phrasings (theming, animations, storage, widgets_layout)
-> data/drafts-qa/train-f.jsonl. Ids count up from 4000 per topic, in file order.

Run: .venv/bin/python experiments/qa-authoring/train-f.py
"""
from collections import defaultdict

from rows import qa_row, wording_problems, write_rows

ROWS = []
_NEXT = defaultdict(lambda: 4000)


def R(topic, difficulty, kind, question, phrasings, must_contain, answer, api_free=False):
    num = _NEXT[topic]
    _NEXT[topic] += 1
    ROWS.append(qa_row(f"{topic}-{num}", topic, difficulty, kind, question, phrasings, must_contain, answer, api_free))


def write():
    problems = [p for row in ROWS for p in wording_problems(row)]
    assert not problems, problems
    write_rows(ROWS, "train-f.jsonl")


T, A, S, W = "theming", "animations", "storage", "widgets_layout"

# ---------------------------------------------------------------- theming
R(T, "orta", "code", "Uygulamadaki tüm ToggleButtons gruplarının seçili rengini, kenarlık rengini ve köşe yuvarlaklığını temadan ver.", [
    "ToggleButtons'lar icin secili renk ve yuvarlak kose ayarini tema icinde nasil yaparim?",
    "Yan yana duran aç/kapa buton gruplarının seçili görünümünü her ekranda tek tek vermeden tema üzerinden ayarla.",
], ["ToggleButtonsThemeData", "toggleButtonsTheme"], r"""
ThemeData buildAppTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.indigo);
  return ThemeData(
    colorScheme: scheme,
    toggleButtonsTheme: ToggleButtonsThemeData(
      color: scheme.onSurfaceVariant, // seçili olmayan ikon/yazı
      selectedColor: scheme.onPrimary, // seçili ikon/yazı
      fillColor: scheme.primary, // seçili butonun dolgusu
      borderColor: scheme.outline,
      selectedBorderColor: scheme.primary,
      borderRadius: const BorderRadius.all(Radius.circular(12)),
      constraints: const BoxConstraints(minHeight: 40, minWidth: 56),
    ),
  );
}

class AlignmentPicker extends StatefulWidget {
  const AlignmentPicker({super.key});

  @override
  State<AlignmentPicker> createState() => _AlignmentPickerState();
}

class _AlignmentPickerState extends State<AlignmentPicker> {
  final _selected = [true, false, false];

  @override
  Widget build(BuildContext context) {
    // Renk ve köşe verilmez; hepsi toggleButtonsTheme'den gelir
    return ToggleButtons(
      isSelected: _selected,
      onPressed: (i) => setState(() {
        for (var j = 0; j < _selected.length; j++) {
          _selected[j] = j == i;
        }
      }),
      children: const [
        Icon(Icons.format_align_left),
        Icon(Icons.format_align_center),
        Icon(Icons.format_align_right),
      ],
    );
  }
}
""")

R(T, "orta", "code", "SearchAnchor ile açılan arama ekranının arka plan rengi, köşe yuvarlaklığı ve yazı stili temadan gelsin.", [
    "Arama gorunumunun (SearchAnchor view) rengini ve baslik yazisini tema ile nasil ayarlarim?",
    "Arama ikonuna basınca açılan arama sayfasının görünümünü her yerde aynı olacak şekilde temaya ekle.",
], ["SearchViewThemeData", "searchViewTheme", "SearchAnchor"], r"""
ThemeData searchTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.deepOrange);
  return ThemeData(
    colorScheme: scheme,
    searchViewTheme: SearchViewThemeData(
      backgroundColor: scheme.surfaceContainerLow,
      elevation: 2,
      shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(20)),
      headerTextStyle: TextStyle(fontSize: 18, color: scheme.onSurface),
      headerHintStyle: TextStyle(fontSize: 18, color: scheme.onSurfaceVariant),
    ),
  );
}

class CitySearchButton extends StatelessWidget {
  const CitySearchButton({super.key, required this.cities});
  final List<String> cities;

  @override
  Widget build(BuildContext context) {
    return SearchAnchor(
      builder: (context, controller) => IconButton(
        icon: const Icon(Icons.search),
        onPressed: controller.openView, // Açılan görünümün stili temadan gelir
      ),
      suggestionsBuilder: (context, controller) {
        final q = controller.text.toLowerCase();
        return cities
            .where((c) => c.toLowerCase().contains(q))
            .map((c) => ListTile(title: Text(c), onTap: () => controller.closeView(c)));
      },
    );
  }
}
""")

R(T, "zor", "code", "Masaüstü sürümündeki üst menü çubuğunun (MenuBar) arka plan rengi ve yüksekliği temadan gelsin; açılan alt menüler de aynı stilde olsun.", [
    "Masaustu uygulamada Dosya/Duzen menu cubugunun renklerini tema uzerinden nasil veririm?",
    "Windows sürümündeki üstteki menü çubuğunu ve alt menülerini tek yerden, temadan biçimlendir.",
], ["MenuBarThemeData", "menuBarTheme", "MenuBar"], r"""
ThemeData desktopTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.blueGrey);
  return ThemeData(
    colorScheme: scheme,
    // Üst çubuğun kendisi
    menuBarTheme: MenuBarThemeData(
      style: MenuStyle(
        backgroundColor: WidgetStatePropertyAll(scheme.surfaceContainerHighest),
        elevation: const WidgetStatePropertyAll(0),
        minimumSize: const WidgetStatePropertyAll(Size(0, 36)),
      ),
    ),
    // Açılan alt menü panelleri
    menuTheme: MenuThemeData(
      style: MenuStyle(
        backgroundColor: WidgetStatePropertyAll(scheme.surfaceContainer),
        shape: WidgetStatePropertyAll(
          RoundedRectangleBorder(borderRadius: BorderRadius.circular(8)),
        ),
      ),
    ),
  );
}

class AppMenuBar extends StatelessWidget {
  const AppMenuBar({super.key, required this.onNew, required this.onQuit});
  final VoidCallback onNew;
  final VoidCallback onQuit;

  @override
  Widget build(BuildContext context) {
    return MenuBar(
      children: [
        SubmenuButton(
          menuChildren: [
            MenuItemButton(onPressed: onNew, child: const Text('Yeni')),
            MenuItemButton(onPressed: onQuit, child: const Text('Çıkış')),
          ],
          child: const Text('Dosya'),
        ),
      ],
    );
  }
}
""")

R(T, "orta", "code", "CupertinoDynamicColor ile açık modda açık gri, koyu modda koyu gri olan bir kart rengi tanımla ve kullan.", [
    "iOS tarzi ekranda acik ve koyu modda farkli renk alan tek bir renk nasil tanimlarim?",
    "Cihaz koyu moddayken kendiliğinden koyulaşan bir Cupertino kart arka plan rengi yap.",
], ["CupertinoDynamicColor.withBrightness", "resolve | resolveFrom"], r"""
// Tek bir renk nesnesi iki değer taşır; hangisinin kullanılacağı context'ten çözülür
const settingsCardColor = CupertinoDynamicColor.withBrightness(
  color: Color(0xFFF2F2F7), // açık mod
  darkColor: Color(0xFF1C1C1E), // koyu mod
);

class SettingsCard extends StatelessWidget {
  const SettingsCard({super.key, required this.title});
  final String title;

  @override
  Widget build(BuildContext context) {
    // Container gibi Cupertino dışı widget'lar rengi kendisi çözmez; resolve gerekir
    final background = CupertinoDynamicColor.resolve(settingsCardColor, context);
    return Container(
      padding: const EdgeInsets.all(16),
      decoration: BoxDecoration(
        color: background,
        borderRadius: BorderRadius.circular(12),
      ),
      child: Text(
        title,
        style: TextStyle(color: CupertinoColors.label.resolveFrom(context)),
      ),
    );
  }
}
""")

R(T, "orta", "code", "Android'de gördüğüm parıltılı dokunma efekti iOS ve masaüstünde de aynı görünsün; tüm uygulamada geçerli olsun.", [
    "Butonlara basinca cikan parlayan dalga efektini iOS'ta da nasil kullanirim?",
    "Dokunma dalgasını her platformda Material 3'ün parıltılı efekti yap.",
], ["InkSparkle", "splashFactory"], r"""
ThemeData sparkleTheme() {
  return ThemeData(
    colorSchemeSeed: Colors.teal,
    // Material 3 bu efekti varsayılan olarak yalnızca Android'de kullanır.
    // InkSparkle bir shader ile çizildiği için web'de klasik dalgaya düşüyoruz.
    splashFactory: kIsWeb ? InkRipple.splashFactory : InkSparkle.splashFactory,
  );
}

class SparkleApp extends StatelessWidget {
  const SparkleApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      theme: sparkleTheme(),
      home: Scaffold(
        body: Center(
          child: FilledButton(onPressed: () {}, child: const Text('Dokun')),
        ),
      ),
    );
  }
}
""", api_free=True)

R(T, "orta", "concept", "Özel fontu kalın yazınca harfler sahte kalın ve yayılmış görünüyor; fontun gerçek kalın dosyasını nasıl tanıtırım?", [
    "Ozel font kalin (bold) yazilinca neden bulanik gorunuyor, dogru kalin dosyayi nasil kullanirim?",
    "Fontun kalın ve yarı kalın dosyalarını pubspec'e ekle, metinlerde doğru ağırlıkla kullan.",
], ["fontWeight", "FontWeight.w700"], r"""
// Flutter, istenen ağırlıkta bir font dosyası bulamazsa normal dosyayı yapay
// olarak kalınlaştırır; harfler bu yüzden yayılmış ve bulanık görünür.
// Çözüm: her ağırlığın dosyasını pubspec.yaml'da 'weight' ile tanıtmak:
//
// flutter:
//   fonts:
//     - family: Nunito
//       fonts:
//         - asset: assets/fonts/Nunito-Regular.ttf
//         - asset: assets/fonts/Nunito-SemiBold.ttf
//           weight: 600
//         - asset: assets/fonts/Nunito-Bold.ttf
//           weight: 700
//
// Sonra kodda aynı ağırlık istenir; Flutter 700 için Bold dosyasını seçer.
// Değişken (variable) font kullanıyorsan ağırlığı fontVariations ile ver.
const priceStyle = TextStyle(
  fontFamily: 'Nunito',
  fontWeight: FontWeight.w700, // pubspec'teki weight: 700 ile eşleşir
  fontSize: 20,
);

const subtitleStyle = TextStyle(
  fontFamily: 'Nunito',
  fontWeight: FontWeight.w600,
);
""", api_free=True)

R(T, "orta", "code", "Kayıt sihirbazındaki adım numarası dairelerinin rengi marka rengimiz olsun, uygulamanın geri kalanı etkilenmesin.", [
    "Stepper'daki aktif adim dairesinin rengini sadece o ekranda nasil degistiririm?",
    "Adım adım ilerleyen formda tamamlanan ve aktif adımların rengini marka rengine çevir.",
], ["Stepper", "copyWith", "colorScheme"], r"""
class SignupWizard extends StatefulWidget {
  const SignupWizard({super.key});

  @override
  State<SignupWizard> createState() => _SignupWizardState();
}

class _SignupWizardState extends State<SignupWizard> {
  static const brand = Color(0xFF00897B);
  int _step = 0;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    // Stepper daireleri colorScheme.primary'den boyanır; sadece bu alt ağaçta değiştir
    return Theme(
      data: theme.copyWith(
        colorScheme: theme.colorScheme.copyWith(primary: brand, onPrimary: Colors.white),
      ),
      child: Stepper(
        currentStep: _step,
        onStepContinue: () => setState(() => _step = (_step + 1).clamp(0, 2)),
        onStepCancel: () => setState(() => _step = (_step - 1).clamp(0, 2)),
        onStepTapped: (i) => setState(() => _step = i),
        steps: [
          Step(title: const Text('Hesap'), content: const Text('E-posta ve şifre'), isActive: _step >= 0),
          Step(title: const Text('Profil'), content: const Text('Ad ve fotoğraf'), isActive: _step >= 1),
          Step(title: const Text('Onay'), content: const Text('Bilgileri kontrol et'), isActive: _step >= 2),
        ],
      ),
    );
  }
}
""", api_free=True)

R(T, "zor", "concept", "ThemeData.copyWith ile colorScheme'i değiştirdim ama Scaffold arka planı gibi bazı renkler eski kaldı; neden olur, ne yapmalıyım?", [
    "copyWith ile yeni renk semasi verince sayfa arka plani neden degismiyor?",
    "Var olan temanın renk şemasını, sayfa arka planı da güncellenecek şekilde değiştir.",
], ["copyWith", "scaffoldBackgroundColor"], r"""
// ThemeData(...) kurucusu bazı alanları colorScheme'den BİR KEZ, oluşturulurken
// türetir: scaffoldBackgroundColor, canvasColor ve bazı eski (Material 2) renk alanları
// copyWith(colorScheme: ...) yalnızca colorScheme alanını değiştirir;
// türetilmiş bu alanlar eski şemanın değerlerinde kalır.
// Material 3 bileşenleri (butonlar, kartlar) ise rengi her build'de
// colorScheme'den okuduğu için onlar doğru görünür; karışıklık buradan çıkar.
// Çözüm 1: Temayı ThemeData(...) ile yeniden kur.
// Çözüm 2: copyWith'te türetilen alanları da yeni şemadan ver.
ThemeData rebuildWithSeed(Color seed, Brightness brightness) {
  final scheme = ColorScheme.fromSeed(seedColor: seed, brightness: brightness);
  return ThemeData(colorScheme: scheme); // her şey yeni şemadan türetilir
}

ThemeData recolor(ThemeData base, ColorScheme scheme) {
  return base.copyWith(
    colorScheme: scheme,
    scaffoldBackgroundColor: scheme.surface,
    canvasColor: scheme.surface,
  );
}
""")

R(T, "orta", "concept", "MaterialStateProperty ve MaterialState deprecated uyarısı veriyor; yerine ne kullanmalıyım?", [
    "MaterialStateProperty.resolveWith kullandigim yerlerde deprecated uyarisi cikiyor, yeni karsiligi ne?",
    "Eski MaterialState kullanan buton stilimi yeni WidgetState API'sine çevir.",
], ["WidgetStateProperty.resolveWith", "WidgetState.disabled"], r"""
// Durum (pressed, hovered, disabled, selected...) API'si Material'a özgü
// olmadığı için widgets katmanına taşındı ve adı değişti (Flutter 3.19+):
//   MaterialState            -> WidgetState
//   MaterialStateProperty    -> WidgetStateProperty
//   MaterialStatePropertyAll -> WidgetStatePropertyAll
//   MaterialStateColor       -> WidgetStateColor
//   MaterialStateBorderSide  -> WidgetStateBorderSide
// Davranış aynıdır; sadece isimleri değiştirmek yeterlidir.
final saveButtonStyle = ButtonStyle(
  backgroundColor: WidgetStateProperty.resolveWith((states) {
    if (states.contains(WidgetState.disabled)) return Colors.grey.shade300;
    if (states.contains(WidgetState.pressed)) return Colors.green.shade800;
    return Colors.green;
  }),
  foregroundColor: const WidgetStatePropertyAll(Colors.white),
);
""")

R(T, "orta", "code", "Kullanıcı adına göre her seferinde aynı kalan, açık ve koyu temada okunaklı bir avatar arka plan rengi üret.", [
    "Isimden sabit bir avatar rengi nasil uretirim, koyu modda da yazi okunsun?",
    "Her kullanıcıya adından hesaplanan, temaya uygun pastel renkli baş harf avatarı yap.",
], ["HSLColor", "codeUnits"], r"""
Color avatarColorFor(String name, Brightness brightness) {
  // String.hashCode çalıştırmalar arasında sabit değildir; karakter kodlarından hesapla
  final seed = name.codeUnits.fold<int>(0, (sum, c) => (sum * 31 + c) & 0x7fffffff);
  final hue = (seed % 360).toDouble();
  final isDark = brightness == Brightness.dark;
  // Açık temada açık pastel, koyu temada daha koyu ton
  return HSLColor.fromAHSL(1, hue, 0.45, isDark ? 0.35 : 0.80).toColor();
}

class NameAvatar extends StatelessWidget {
  const NameAvatar({super.key, required this.name});
  final String name;

  @override
  Widget build(BuildContext context) {
    final brightness = Theme.of(context).brightness;
    final bg = avatarColorFor(name, brightness);
    return CircleAvatar(
      backgroundColor: bg,
      child: Text(
        name.isEmpty ? '?' : name[0].toUpperCase(),
        style: TextStyle(color: brightness == Brightness.dark ? Colors.white : Colors.black87),
      ),
    );
  }
}
""")

R(T, "orta", "code", "Tasarım kontrolü için aynı kartı ekranda yan yana hem açık hem koyu temada göster.", [
    "Bir widget'i ayni anda acik ve koyu temada yan yana nasil onizlerim?",
    "Ekranı ikiye böl; solda açık, sağda koyu temayla aynı bileşeni çiz.",
], ["Theme(", "Brightness.dark"], r"""
class ThemeSideBySide extends StatelessWidget {
  const ThemeSideBySide({super.key, required this.child});
  final Widget child;

  static const _seed = Colors.purple;

  Widget _pane(Brightness brightness) {
    // Her yarım kendi temasını alır; alt ağaçtaki Theme.of bu temayı okur
    return Expanded(
      child: Theme(
        data: ThemeData(colorSchemeSeed: _seed, brightness: brightness),
        child: Builder(
          builder: (context) => ColoredBox(
            color: Theme.of(context).colorScheme.surface,
            child: Center(child: child),
          ),
        ),
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Row(
      crossAxisAlignment: CrossAxisAlignment.stretch,
      children: [_pane(Brightness.light), _pane(Brightness.dark)],
    );
  }
}

// Kullanım: ThemeSideBySide(child: Card(child: ListTile(title: Text('Ürün'))))
""", api_free=True)

R(T, "zor", "code", "Fiyat ve eski fiyat yazıları için uygulamaya özel yazı stilleri tanımla; her ekranda aynı görünsün, koyu temada renkleri değişsin.", [
    "Temada olmayan ozel yazi stillerini (fiyat gibi) acik ve koyu tema icin nasil tanimlarim?",
    "Fiyat etiketlerinin stilini temaya ekle ve ürün kartında oradan oku.",
], ["ThemeExtension", "TextStyle.lerp", "extension<"], r"""
class PriceStyles extends ThemeExtension<PriceStyles> {
  const PriceStyles({required this.price, required this.oldPrice});
  final TextStyle price;
  final TextStyle oldPrice;

  static const light = PriceStyles(
    price: TextStyle(fontSize: 18, fontWeight: FontWeight.w700, color: Color(0xFFC62828)),
    oldPrice: TextStyle(color: Colors.black45, decoration: TextDecoration.lineThrough),
  );
  static const dark = PriceStyles(
    price: TextStyle(fontSize: 18, fontWeight: FontWeight.w700, color: Color(0xFFFF8A80)),
    oldPrice: TextStyle(color: Colors.white54, decoration: TextDecoration.lineThrough),
  );

  @override
  PriceStyles copyWith({TextStyle? price, TextStyle? oldPrice}) =>
      PriceStyles(price: price ?? this.price, oldPrice: oldPrice ?? this.oldPrice);

  @override
  PriceStyles lerp(PriceStyles? other, double t) {
    if (other == null) return this;
    // Tema geçişinde stiller yumuşakça değişsin
    return PriceStyles(
      price: TextStyle.lerp(price, other.price, t)!,
      oldPrice: TextStyle.lerp(oldPrice, other.oldPrice, t)!,
    );
  }
}

final lightTheme = ThemeData(colorSchemeSeed: Colors.red, extensions: const [PriceStyles.light]);
final darkTheme = ThemeData(
    colorSchemeSeed: Colors.red, brightness: Brightness.dark, extensions: const [PriceStyles.dark]);

class PriceLabel extends StatelessWidget {
  const PriceLabel({super.key, required this.price, this.oldPrice});
  final String price;
  final String? oldPrice;

  @override
  Widget build(BuildContext context) {
    final styles = Theme.of(context).extension<PriceStyles>() ?? PriceStyles.light;
    return Row(
      children: [
        if (oldPrice != null) ...[Text(oldPrice!, style: styles.oldPrice), const SizedBox(width: 8)],
        Text(price, style: styles.price),
      ],
    );
  }
}
""")

R(T, "orta", "code", "İşlem başarılı olunca yeşil tonlu, hata olunca kırmızı tonlu bilgi mesajı çıksın; renkler sabit yazılmasın, temadan gelsin.", [
    "Basari ve hata mesajlarini farkli renkte gosteren ama renkleri temadan alan bir yardimci nasil yazarim?",
    "Alttan çıkan bildirim mesajı için başarı ve hata türü olan, temaya uyumlu bir fonksiyon yaz.",
], ["SnackBar", "errorContainer"], r"""
enum MessageKind { success, error }

void showStatusMessage(BuildContext context, String text, MessageKind kind) {
  final theme = Theme.of(context);
  final scheme = theme.colorScheme;
  late Color background;
  late Color foreground;
  if (kind == MessageKind.error) {
    background = scheme.errorContainer;
    foreground = scheme.onErrorContainer;
  } else {
    // Temada 'success' rolü yok: yeşilden, mevcut parlaklığa uygun bir şema türet
    final green = ColorScheme.fromSeed(seedColor: Colors.green, brightness: theme.brightness);
    background = green.primaryContainer;
    foreground = green.onPrimaryContainer;
  }
  ScaffoldMessenger.of(context)
    ..hideCurrentSnackBar()
    ..showSnackBar(
      SnackBar(
        backgroundColor: background,
        behavior: SnackBarBehavior.floating,
        content: Row(
          children: [
            Icon(kind == MessageKind.error ? Icons.error_outline : Icons.check_circle_outline,
                color: foreground),
            const SizedBox(width: 12),
            Expanded(child: Text(text, style: TextStyle(color: foreground))),
          ],
        ),
      ),
    );
}
""", api_free=True)

R(T, "orta", "code", "Hatalı form alanlarının arka planı açık kırmızı, normal alanlarınki açık gri olsun; bunu tüm uygulamada temadan yap.", [
    "Hata veren TextField'in dolgu rengini tema ile nasil kirmizi yaparim?",
    "Doğrulamadan geçemeyen giriş kutularının arka planını her formda kendiliğinden kırmızımsı yap.",
], ["InputDecorationTheme", "WidgetState.error", "fillColor"], r"""
ThemeData formTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.blue);
  return ThemeData(
    colorScheme: scheme,
    inputDecorationTheme: InputDecorationTheme(
      filled: true,
      // Dolgu rengi alanın durumuna göre çözülür; errorText varken error durumu gelir
      fillColor: WidgetStateColor.resolveWith((states) {
        if (states.contains(WidgetState.error)) return scheme.errorContainer.withValues(alpha: 0.5);
        if (states.contains(WidgetState.disabled)) return scheme.surfaceContainerHighest;
        return scheme.surfaceContainerLow;
      }),
      border: OutlineInputBorder(borderRadius: BorderRadius.circular(10)),
    ),
  );
}

// Kullanım: TextFormField(validator: (v) => (v ?? '').isEmpty ? 'Zorunlu alan' : null)
""")

R(T, "kolay", "code", "Uygulamadaki bütün butonların yazısı kalın ve harfleri biraz aralıklı olsun; her butona tek tek stil vermeyeyim.", [
    "Tum buton yazilarini kalin ve harf aralikli yapmak icin temada neyi degistirmeliyim?",
    "Butonların metin stilini tek yerden değiştirip hepsini kalın ve aralıklı yap.",
], ["labelLarge", "letterSpacing"], r"""
ThemeData boldButtonsTheme() {
  // Material 3 butonları (Elevated, Filled, Outlined, Text) yazı stilini
  // textTheme.labelLarge'dan alır; sadece bu stili değiştirmek yeterli.
  // Not: labelLarge'ı kullanan başka bileşenler (ör. bazı Chip'ler) de etkilenir.
  final base = ThemeData(colorSchemeSeed: Colors.indigo);
  return base.copyWith(
    textTheme: base.textTheme.copyWith(
      labelLarge: base.textTheme.labelLarge?.copyWith(
        fontWeight: FontWeight.w700,
        letterSpacing: 0.8,
      ),
    ),
  );
}
""", api_free=True)

R(T, "orta", "concept", "TextStyle'da copyWith ile merge arasındaki fark nedir, temadaki bir stili değiştirirken hangisini kullanmalıyım?", [
    "TextStyle copyWith mi merge mi, temadan gelen stili degistirirken hangisi dogru?",
    "Temadaki başlık stilini hem copyWith hem merge ile değiştirip farkını göster.",
], ["copyWith", "merge"], r"""
// copyWith: Tek tek alan verirsin (renk, boyut...). Verdiğin alanlar değişir,
//   diğerleri aynen kalır. Elinde tek tek değerler varsa bunu kullan.
// merge: Başka bir TextStyle alır; o stilde null OLMAYAN alanlar baskın gelir.
//   Elinde hazır bir stil (ör. dışarıdan parametre gelen style) varsa kullan.
//   merge(null) mevcut stili aynen döndürür; bu yüzden opsiyonel stil
//   parametrelerini birleştirmek için idealdir.
//   Diğer stilin inherit alanı false ise merge onu olduğu gibi döndürür.
class SectionTitle extends StatelessWidget {
  const SectionTitle(this.text, {super.key, this.style});
  final String text;
  final TextStyle? style; // çağıran özelleştirebilsin

  @override
  Widget build(BuildContext context) {
    final base = Theme.of(context).textTheme.titleLarge!;
    // copyWith: bilinen değerleri değiştir
    final themed = base.copyWith(fontWeight: FontWeight.w700);
    // merge: dışarıdan gelen stil (null olabilir) baskın gelsin
    return Text(text, style: themed.merge(style));
  }
}
""")

R(T, "kolay", "concept", "Color(0x123456) yazınca renk hiç görünmüyor ama Color(0xFF123456) çalışıyor; baştaki FF ne anlama geliyor?", [
    "Color(0x...) yazarken bastaki FF neden gerekli, yazmayinca renk neden gorunmez?",
    "Renk kodundaki saydamlık kısmını açıkla ve yarı saydam bir renk oluştur.",
], ["withValues | withAlpha | Color.fromARGB"], r"""
// Color(0xAARRGGBB): ilk iki hane ALFA (saydamlık), sonra kırmızı, yeşil, mavi.
// 0x123456 aslında 0x00123456'dır: alfa 00 = tamamen saydam, bu yüzden görünmez.
// FF = tamamen opak. Web'deki '#123456' kodunun karşılığı Color(0xFF123456)'dır.
const navy = Color(0xFF123456); // opak
const navyHalf = Color(0x80123456); // 0x80 ≈ %50 saydam

// Var olan bir renge saydamlık vermek için hex hesaplamak yerine:
final overlay = navy.withValues(alpha: 0.5);

// Kanallardan oluşturmak da mümkün (alfa 0-255):
const coral = Color.fromARGB(255, 255, 127, 80);
""")

R(T, "orta", "code", "Koyu temada bembeyaz yazılar çok parlak ve göz yoruyor; koyu temada metinler hafif gri olsun, açık tema değişmesin.", [
    "Karanlik modda yazi rengini tam beyaz yerine kirik beyaz nasil yaparim?",
    "Koyu temadaki metin rengini biraz gri tona çek, açık temaya dokunma.",
], ["Brightness.dark", "onSurface"], r"""
ThemeData buildDarkTheme(Color seed) {
  const softText = Color(0xFFD6D6D6);
  // Material 3 yazı renkleri colorScheme.onSurface'ten gelir; onu değiştir
  final scheme = ColorScheme.fromSeed(
    seedColor: seed,
    brightness: Brightness.dark,
    onSurface: softText,
  );
  final base = ThemeData(colorScheme: scheme);
  // Elle renk verilmemiş tüm metin stillerine de aynı rengi uygula
  return base.copyWith(
    textTheme: base.textTheme.apply(bodyColor: softText, displayColor: softText),
  );
}

ThemeData buildLightTheme(Color seed) => ThemeData(colorSchemeSeed: seed);
""", api_free=True)

R(T, "kolay", "code", "Tüm sayfalardaki üst çubuk gölgesiz olsun, altında sadece ince bir ayırıcı çizgi görünsün.", [
    "AppBar'in golgesini kaldirip altina ince cizgi eklemeyi tema ile nasil yaparim?",
    "Üst başlık çubuklarına gölge yerine alt kenar çizgisi ver, her sayfada aynı olsun.",
], ["AppBarTheme", "BorderSide"], r"""
ThemeData flatAppBarTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.green);
  return ThemeData(
    colorScheme: scheme,
    appBarTheme: AppBarTheme(
      elevation: 0,
      scrolledUnderElevation: 0, // kaydırınca da gölge/renk değişimi olmasın
      backgroundColor: scheme.surface,
      // shape verilen kenarlık çubuğun altına çizilir
      shape: Border(bottom: BorderSide(color: scheme.outlineVariant, width: 1)),
    ),
  );
}
""", api_free=True)

R(T, "kolay", "code", "Başlık seviyesine göre (1, 2, 3) temadaki uygun yazı stilini seçen, tekrar kullanılabilir bir başlık widget'ı yaz.", [
    "Seviye parametresiyle temadan dogru baslik stilini secen bir widget nasil yazarim?",
    "Makale ekranında 1, 2 ve 3. düzey başlıkları temanın hazır stilleriyle gösteren bir bileşen yap.",
], ["textTheme", "headlineMedium | headlineSmall | headlineLarge"], r"""
class Heading extends StatelessWidget {
  const Heading(this.text, {super.key, this.level = 1});
  final String text;
  final int level;

  @override
  Widget build(BuildContext context) {
    final t = Theme.of(context).textTheme;
    // Stiller temadan gelir; tema değişince başlıklar da uyum sağlar
    final style = switch (level) {
      1 => t.headlineMedium,
      2 => t.titleLarge,
      _ => t.titleMedium,
    };
    return Padding(
      padding: EdgeInsets.only(top: level == 1 ? 24 : 16, bottom: 8),
      child: Text(text, style: style),
    );
  }
}
""", api_free=True)

R(T, "orta", "code", "Pasta grafikteki dilimler için sabit renk yazmak yerine temadan uyumlu bir renk listesi üret; dilim sayısı arttıkça da çalışsın.", [
    "Grafik serileri icin temaya uygun renkleri nasil uretirim, renk sayisi yetmezse ne yapayim?",
    "Verilen sayı kadar, temanın renkleriyle uyumlu grafik rengi döndüren bir fonksiyon yaz.",
], ["colorScheme", "HSLColor"], r"""
List<Color> chartPalette(BuildContext context, int count) {
  final scheme = Theme.of(context).colorScheme;
  // Önce temanın kendi vurgu renkleri
  final base = [scheme.primary, scheme.tertiary, scheme.secondary, scheme.error];
  if (count <= base.length) return base.take(count).toList();

  // Fazlası için ana rengin tonunu çember üzerinde eşit aralıklarla döndür
  final hsl = HSLColor.fromColor(scheme.primary);
  final extra = count - base.length;
  return [
    ...base,
    for (var i = 1; i <= extra; i++)
      hsl.withHue((hsl.hue + 360 * i / (extra + 1)) % 360).toColor(),
  ];
}
""", api_free=True)

R(T, "orta", "code", "Kullanıcı ayarlardan uygulamanın yazı tipini (Roboto, Lora, Nunito) seçebilsin; seçim anında tüm uygulamaya uygulansın.", [
    "Ayarlardan secilen fontu butun uygulamaya aninda nasil uygularim?",
    "Yazı tipi seçme ekranı yap; seçilen font tüm metinlerde hemen görünsün.",
], ["fontFamily", "ValueListenableBuilder | ListenableBuilder | setState"], r"""
// Fontlar pubspec.yaml'da aynı aile adlarıyla tanımlı olmalı
final fontChoice = ValueNotifier<String>('Roboto');

class FontApp extends StatelessWidget {
  const FontApp({super.key});

  @override
  Widget build(BuildContext context) {
    return ValueListenableBuilder<String>(
      valueListenable: fontChoice,
      builder: (context, family, _) => MaterialApp(
        theme: ThemeData(colorSchemeSeed: Colors.brown, fontFamily: family),
        home: const FontSettingsPage(),
      ),
    );
  }
}

class FontSettingsPage extends StatelessWidget {
  const FontSettingsPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Yazı tipi')),
      // Sayfa const olduğu için seçim işaretini ayrıca dinle
      body: ValueListenableBuilder<String>(
        valueListenable: fontChoice,
        builder: (context, current, _) => Column(
          children: [
            for (final f in const ['Roboto', 'Lora', 'Nunito'])
              ListTile(
                title: Text(f, style: TextStyle(fontFamily: f)),
                trailing: current == f ? const Icon(Icons.check) : null,
                onTap: () => fontChoice.value = f, // tema da yeni fontla kurulur
              ),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(T, "kolay", "code", "İkonlu butonlarda ikon, yazıdan farklı olarak temanın üçüncül renginde olsun; bunu tüm uygulamada ayarla.", [
    "Butonlardaki ikonun rengini yazidan ayri olarak temada nasil veririm?",
    "Yazılı ve ikonlu butonların ikon rengini her ekranda aynı olacak şekilde temadan değiştir.",
], ["iconColor"], r"""
ThemeData iconAccentTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.indigo);
  // ButtonStyle.iconColor sadece ikonu boyar, yazı rengi foregroundColor'da kalır
  final iconStyle = ButtonStyle(iconColor: WidgetStatePropertyAll(scheme.tertiary));
  return ThemeData(
    colorScheme: scheme,
    outlinedButtonTheme: OutlinedButtonThemeData(style: iconStyle),
    textButtonTheme: TextButtonThemeData(style: iconStyle),
    elevatedButtonTheme: ElevatedButtonThemeData(style: iconStyle),
  );
}

// Kullanım: OutlinedButton.icon(onPressed: () {}, icon: const Icon(Icons.share), label: const Text('Paylaş'))
""", api_free=True)

R(T, "orta", "concept", "Theme.of(context).extension<AppColors>() bazen null dönüyor ve uygulama çöküyor; neden olur, nasıl önlerim?", [
    "ThemeExtension'im neden bazen null geliyor, koyu temaya gecince cokuyor?",
    "ThemeExtension'ı hem açık hem koyu temaya kaydet ve null gelirse çökmeyen bir okuyucu yaz.",
], ["extensions:", "extension<"], r"""
// extension<T>() yalnızca o anki ThemeData'nın extensions listesine bakar.
// Null gelmesinin yaygın sebepleri:
// 1) Uzantı sadece theme'e eklenmiş, darkTheme'e eklenmemiş: koyu modda null.
// 2) Alt ağaçta Theme(data: ThemeData(...)) ile sıfırdan tema kuruluyor;
//    yeni ThemeData'nın extensions listesi boş. copyWith kullanmak gerekir.
// 3) copyWith(extensions: [...]) ile listeyi verirken diğer uzantılar unutulmuş.
class AppColors extends ThemeExtension<AppColors> {
  const AppColors({required this.success});
  final Color success;

  static const fallback = AppColors(success: Colors.green);

  // Çökmek yerine geliştirmede uyarı, üretimde varsayılan
  static AppColors of(BuildContext context) {
    final ext = Theme.of(context).extension<AppColors>();
    assert(ext != null, 'AppColors temaya eklenmemiş');
    return ext ?? fallback;
  }

  @override
  AppColors copyWith({Color? success}) => AppColors(success: success ?? this.success);

  @override
  AppColors lerp(AppColors? other, double t) =>
      other == null ? this : AppColors(success: Color.lerp(success, other.success, t)!);
}

// Her iki temaya da kaydet
final light = ThemeData(extensions: const [AppColors(success: Color(0xFF2E7D32))]);
final dark = ThemeData(
    brightness: Brightness.dark, extensions: const [AppColors(success: Color(0xFF81C784))]);
""")


# ---------------------------------------------------------------- animations
R(A, "orta", "code", "Alt menüde bir sekmeye geçince o sekmenin ikonu kısa bir zıplama yapıp yerine otursun.", [
    "Alt navigasyonda secilen ikon hafifce ziplasin istiyorum, nasil yaparim?",
    "Seçilen alt menü ikonunu büyüyüp yaylanarak eski boyutuna dönen bir animasyonla göster.",
], ["didUpdateWidget", "ScaleTransition", "forward"], r"""
class BouncyIcon extends StatefulWidget {
  const BouncyIcon({super.key, required this.icon, required this.selected});
  final IconData icon;
  final bool selected;

  @override
  State<BouncyIcon> createState() => _BouncyIconState();
}

class _BouncyIconState extends State<BouncyIcon> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 450));
  late final Animation<double> _scale = TweenSequence<double>([
    TweenSequenceItem(tween: Tween(begin: 1.0, end: 1.3).chain(CurveTween(curve: Curves.easeOut)), weight: 35),
    TweenSequenceItem(tween: Tween(begin: 1.3, end: 1.0).chain(CurveTween(curve: Curves.bounceOut)), weight: 65),
  ]).animate(_c);

  @override
  void didUpdateWidget(BouncyIcon oldWidget) {
    super.didUpdateWidget(oldWidget);
    // Sadece seçilmediği durumdan seçildiği duruma geçerken zıpla
    if (widget.selected && !oldWidget.selected) _c.forward(from: 0);
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) => ScaleTransition(scale: _scale, child: Icon(widget.icon));
}

class BouncyNavShell extends StatefulWidget {
  const BouncyNavShell({super.key});

  @override
  State<BouncyNavShell> createState() => _BouncyNavShellState();
}

class _BouncyNavShellState extends State<BouncyNavShell> {
  int _index = 0;
  static const _icons = [Icons.home, Icons.search, Icons.person];
  static const _labels = ['Ana sayfa', 'Ara', 'Profil'];

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Center(child: Text(_labels[_index])),
      bottomNavigationBar: NavigationBar(
        selectedIndex: _index,
        onDestinationSelected: (i) => setState(() => _index = i),
        destinations: [
          for (var i = 0; i < _icons.length; i++)
            NavigationDestination(
              icon: BouncyIcon(icon: _icons[i], selected: i == _index),
              label: _labels[i],
            ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(A, "orta", "code", "Öne çıkan kartın etrafındaki renkli kenarlık sürekli dönüyormuş gibi hareket etsin.", [
    "Kartin kenarligindaki renk gecisi surekli donsun, bunu nasil yaparim?",
    "Etrafında gökkuşağı renklerinde dönen bir çerçeve olan kart widget'ı yaz.",
], ["SweepGradient", "GradientRotation", "repeat"], r"""
// dart:math as math
class SpinningBorderCard extends StatefulWidget {
  const SpinningBorderCard({super.key, required this.child});
  final Widget child;

  @override
  State<SpinningBorderCard> createState() => _SpinningBorderCardState();
}

class _SpinningBorderCardState extends State<SpinningBorderCard> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(seconds: 3))..repeat();

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final surface = Theme.of(context).colorScheme.surface;
    return AnimatedBuilder(
      animation: _c,
      // İç kısım her karede yeniden oluşturulmasın diye child olarak verilir
      child: Container(
        padding: const EdgeInsets.all(16),
        decoration: BoxDecoration(color: surface, borderRadius: BorderRadius.circular(13)),
        child: widget.child,
      ),
      builder: (context, child) => Container(
        padding: const EdgeInsets.all(3), // kenarlık kalınlığı
        decoration: BoxDecoration(
          borderRadius: BorderRadius.circular(16),
          gradient: SweepGradient(
            colors: const [Colors.purple, Colors.blue, Colors.cyan, Colors.pink, Colors.purple],
            transform: GradientRotation(_c.value * 2 * math.pi),
          ),
        ),
        child: child,
      ),
    );
  }
}
""", api_free=True)

R(A, "orta", "code", "Su takip uygulamasında ekranın altında sürekli dalgalanan bir su yüzeyi efekti olsun.", [
    "Ekranin altinda durmadan dalgalanan su animasyonu nasil cizerim?",
    "Bardağın doluluk seviyesinde hareketli dalga çizen bir widget yap.",
], ["CustomPainter", "AnimationController", "repaint"], r"""
// dart:math as math
class WaterWave extends StatefulWidget {
  const WaterWave({super.key, this.height = 120, this.color = Colors.lightBlue});
  final double height;
  final Color color;

  @override
  State<WaterWave> createState() => _WaterWaveState();
}

class _WaterWaveState extends State<WaterWave> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(seconds: 2))..repeat();

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return CustomPaint(
      size: Size(double.infinity, widget.height),
      painter: _WavePainter(_c, widget.color),
    );
  }
}

class _WavePainter extends CustomPainter {
  // repaint: controller her değiştiğinde sadece boyama yenilenir, build çalışmaz
  _WavePainter(this.animation, this.color) : super(repaint: animation);
  final Animation<double> animation;
  final Color color;

  @override
  void paint(Canvas canvas, Size size) {
    final phase = animation.value * 2 * math.pi;
    const amplitude = 10.0;
    final path = Path()..moveTo(0, size.height);
    for (double x = 0; x <= size.width; x += 4) {
      final y = size.height * 0.4 + math.sin(x / size.width * 2 * math.pi + phase) * amplitude;
      path.lineTo(x, y);
    }
    path
      ..lineTo(size.width, size.height)
      ..close();
    canvas.drawPath(path, Paint()..color = color);
  }

  @override
  bool shouldRepaint(_WavePainter old) => old.color != color || old.animation != animation;
}
""", api_free=True)

R(A, "zor", "code", "Müzik çalarda şarkı adı ekrana sığmazsa yazı sağdan sola sürekli kaysın, sığıyorsa sabit dursun.", [
    "Uzun sarki adini kayan yazi (marquee) gibi surekli kaydirmak istiyorum, nasil yaparim?",
    "Sığmayan başlığı yatayda durmadan kaydıran, sığınca sabit gösteren bir kayan yazı widget'ı yaz.",
], ["AnimationController", "TextPainter", "Transform.translate"], r"""
class MarqueeText extends StatefulWidget {
  const MarqueeText(this.text, {super.key, this.style});
  final String text;
  final TextStyle? style;

  @override
  State<MarqueeText> createState() => _MarqueeTextState();
}

class _MarqueeTextState extends State<MarqueeText> with SingleTickerProviderStateMixin {
  static const _gap = 48.0;
  // Uzun metin daha uzun sürede döner, böylece hız yaklaşık sabit kalır
  late final AnimationController _c = AnimationController(
    vsync: this,
    duration: Duration(milliseconds: 2000 + widget.text.length * 200),
  );

  void _sync(bool overflow) {
    if (overflow && !_c.isAnimating) _c.repeat();
    if (!overflow && _c.isAnimating) _c.reset();
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final style = widget.style ?? DefaultTextStyle.of(context).style;
    return LayoutBuilder(builder: (context, constraints) {
      final painter = TextPainter(
        text: TextSpan(text: widget.text, style: style),
        maxLines: 1,
        textDirection: TextDirection.ltr,
      )..layout();
      final textWidth = painter.width;
      final textHeight = painter.height;
      painter.dispose();
      final overflow = textWidth > constraints.maxWidth;
      // Animasyonu build sırasında değil, kare bittikten sonra başlat/durdur
      WidgetsBinding.instance.addPostFrameCallback((_) {
        if (mounted) _sync(overflow);
      });
      if (!overflow) return Text(widget.text, style: style, maxLines: 1);

      return ClipRect(
        child: SizedBox(
          width: constraints.maxWidth,
          height: textHeight,
          child: OverflowBox(
            alignment: Alignment.centerLeft,
            minWidth: 0,
            maxWidth: double.infinity,
            child: AnimatedBuilder(
              animation: _c,
              builder: (context, child) => Transform.translate(
                offset: Offset(-_c.value * (textWidth + _gap), 0),
                child: child,
              ),
              // İki kopya yan yana: birincisi çıkarken ikincisi yerine gelir
              child: Row(
                mainAxisSize: MainAxisSize.min,
                children: [
                  Text(widget.text, style: style),
                  const SizedBox(width: _gap),
                  Text(widget.text, style: style),
                ],
              ),
            ),
          ),
        ),
      );
    });
  }
}
""", api_free=True)

R(A, "zor", "code", "Canlı yayında beğen butonuna her basışta küçük bir kalp aşağıdan yukarı süzülerek, hafifçe salınarak ve solarak kaybolsun.", [
    "Canli yayin gibi begeniye basinca yukari ucan kalpler nasil yapilir?",
    "Her dokunuşta yukarı doğru uçup kaybolan kalpler çıkaran bir beğen butonu yaz.",
], ["AnimationController", "Stack", "addStatusListener | whenComplete"], r"""
// dart:math as math
class LiveLikeButton extends StatefulWidget {
  const LiveLikeButton({super.key});

  @override
  State<LiveLikeButton> createState() => _LiveLikeButtonState();
}

class _LiveLikeButtonState extends State<LiveLikeButton> {
  final _random = math.Random();
  final _hearts = <({int id, double drift})>[];
  int _nextId = 0;

  // Her kalbin salınım genişliği bir kez belirlenir, rebuild'de değişmez
  void _addHeart() => setState(() => _hearts.add((id: _nextId++, drift: 8 + _random.nextDouble() * 16)));

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      width: 80,
      height: 320,
      child: Stack(
        alignment: Alignment.bottomCenter,
        clipBehavior: Clip.none,
        children: [
          for (final h in _hearts)
            _FloatingHeart(
              key: ValueKey(h.id),
              drift: h.drift,
              onDone: () => setState(() => _hearts.removeWhere((e) => e.id == h.id)),
            ),
          IconButton.filled(onPressed: _addHeart, icon: const Icon(Icons.favorite)),
        ],
      ),
    );
  }
}

class _FloatingHeart extends StatefulWidget {
  const _FloatingHeart({super.key, required this.drift, required this.onDone});
  final double drift;
  final VoidCallback onDone;

  @override
  State<_FloatingHeart> createState() => _FloatingHeartState();
}

class _FloatingHeartState extends State<_FloatingHeart> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 1800));

  @override
  void initState() {
    super.initState();
    _c.forward().whenComplete(widget.onDone); // bitince listeden çıkar
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _c,
      child: const Icon(Icons.favorite, color: Colors.pinkAccent, size: 28),
      builder: (context, child) {
        final t = _c.value;
        return Transform.translate(
          offset: Offset(math.sin(t * 2 * math.pi) * widget.drift, -48 - t * 260),
          child: Opacity(opacity: 1 - t, child: child),
        );
      },
    );
  }
}
""", api_free=True)

R(A, "kolay", "code", "Karta basılı tuttuğum sürece kart hafifçe küçülsün, parmağımı kaldırınca eski boyutuna dönsün.", [
    "Butona basiliyken hafif kuculme efekti nasil veririm?",
    "Dokunurken içeri basılıyormuş gibi küçülen, bırakınca büyüyen bir sarmalayıcı widget yaz.",
], ["onPointerDown | onTapDown", "Transform.scale | ScaleTransition | AnimatedScale"], r"""
class PressableScale extends StatefulWidget {
  const PressableScale({super.key, required this.child, this.onTap});
  final Widget child;
  final VoidCallback? onTap;

  @override
  State<PressableScale> createState() => _PressableScaleState();
}

class _PressableScaleState extends State<PressableScale> with SingleTickerProviderStateMixin {
  late AnimationController _press; // 0 = normal, 1 = tam basılı

  @override
  void initState() {
    super.initState();
    _press = AnimationController(vsync: this, duration: const Duration(milliseconds: 120));
  }

  @override
  void dispose() {
    _press.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    // Listener ham dokunuşları dinler: parmak değdiği an küçülür, kalkınca büyür
    return Listener(
      onPointerDown: (_) => _press.forward(),
      onPointerUp: (_) => _press.reverse(),
      onPointerCancel: (_) => _press.reverse(),
      child: GestureDetector(
        onTap: widget.onTap,
        child: AnimatedBuilder(
          animation: _press,
          builder: (context, child) => Transform.scale(scale: 1 - 0.05 * _press.value, child: child),
          child: widget.child,
        ),
      ),
    );
  }
}

// Kullanım: PressableScale(onTap: openDetail, child: const Card(child: ListTile(title: Text('Kampanya'))))
""", api_free=True)

R(A, "orta", "code", "Üst çubuktaki arama ikonuna basınca ikon genişleyerek yazı yazılabilen bir arama kutusuna dönüşsün, geri basınca tekrar ikona küçülsün.", [
    "Arama ikonunu tiklayinca genisleyen arama kutusu nasil yaparim?",
    "Kapalıyken sadece büyüteç olan, açılınca animasyonla uzayan bir arama alanı yaz.",
], ["AnimatedContainer", "TextField", "FocusNode"], r"""
class ExpandingSearch extends StatefulWidget {
  const ExpandingSearch({super.key, required this.onChanged, this.openWidth = 240});
  final ValueChanged<String> onChanged;
  final double openWidth;

  @override
  State<ExpandingSearch> createState() => _ExpandingSearchState();
}

class _ExpandingSearchState extends State<ExpandingSearch> {
  final _controller = TextEditingController();
  final _focus = FocusNode();
  bool _open = false;

  void _toggle() {
    setState(() => _open = !_open);
    if (_open) {
      _focus.requestFocus();
    } else {
      _controller.clear();
      _focus.unfocus();
      widget.onChanged('');
    }
  }

  @override
  void dispose() {
    _controller.dispose();
    _focus.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedContainer(
      duration: const Duration(milliseconds: 300),
      curve: Curves.easeInOut,
      width: _open ? widget.openWidth : 48,
      height: 44,
      clipBehavior: Clip.hardEdge,
      decoration: BoxDecoration(
        color: _open ? Theme.of(context).colorScheme.surfaceContainerHighest : Colors.transparent,
        borderRadius: BorderRadius.circular(22),
      ),
      child: Row(
        children: [
          IconButton(icon: Icon(_open ? Icons.arrow_back : Icons.search), onPressed: _toggle),
          if (_open)
            Expanded(
              child: TextField(
                controller: _controller,
                focusNode: _focus,
                onChanged: widget.onChanged,
                decoration: const InputDecoration.collapsed(hintText: 'Ara...'),
              ),
            ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(A, "zor", "code", "Menü butonuna basınca ana sayfa küçülüp sağa kaysın ve arkasındaki menü görünsün; tekrar basınca sayfa eski yerine dönsün.", [
    "Sayfanin kuculup saga kaydigi, arkadan menunun gorundugu yan menu animasyonu nasil yapilir?",
    "Arkada menü, önde küçülerek kenara kayan sayfa olan özel bir çekmece (drawer) animasyonu yaz.",
], ["AnimationController", "Transform.scale", "Stack"], r"""
class ScaleDrawerShell extends StatefulWidget {
  const ScaleDrawerShell({super.key, required this.menu, required this.page, this.title = 'Ana sayfa'});
  final Widget menu;
  final Widget page;
  final String title;

  @override
  State<ScaleDrawerShell> createState() => _ScaleDrawerShellState();
}

class _ScaleDrawerShellState extends State<ScaleDrawerShell> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 300));

  void _toggle() => _c.value == 0 ? _c.forward() : _c.reverse();

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Stack(
      children: [
        Positioned.fill(
          child: ColoredBox(color: Theme.of(context).colorScheme.primaryContainer, child: widget.menu),
        ),
        AnimatedBuilder(
          animation: _c,
          builder: (context, child) {
            final t = Curves.easeOut.transform(_c.value);
            return Transform.translate(
              offset: Offset(240 * t, 0),
              child: Transform.scale(
                scale: 1 - 0.2 * t,
                alignment: Alignment.centerLeft,
                child: ClipRRect(borderRadius: BorderRadius.circular(24 * t), child: child),
              ),
            );
          },
          child: Scaffold(
            appBar: AppBar(
              title: Text(widget.title),
              leading: IconButton(icon: const Icon(Icons.menu), onPressed: _toggle),
            ),
            body: widget.page,
          ),
        ),
      ],
    );
  }
}
""", api_free=True)

R(A, "kolay", "code", "Alttan açılan filtre panelinin (bottom sheet) açılma animasyonu daha yavaş, kapanması daha hızlı olsun.", [
    "Alttan acilan panelin acilma suresini uzatip kapanma suresini kisaltmak istiyorum, bunu nasil yaparim?",
    "Modal alt panelin açılış süresini 600 ms, kapanışını 200 ms yap.",
], ["showModalBottomSheet", "sheetAnimationStyle", "AnimationStyle"], r"""
/// Açılışı yavaş, kapanışı hızlı bir modal alt panel gösterir.
Future<T?> showSlowOpeningSheet<T>(BuildContext context, WidgetBuilder builder) {
  return showModalBottomSheet<T>(
    context: context,
    isScrollControlled: true,
    // Flutter 3.22+: açılış ve kapanış süreleri ayrı ayrı verilebilir
    sheetAnimationStyle: AnimationStyle(
      duration: const Duration(milliseconds: 600),
      reverseDuration: const Duration(milliseconds: 200),
    ),
    builder: builder,
  );
}

// Kullanım: showSlowOpeningSheet<void>(context, (context) => const FilterPanel());
""")

R(A, "orta", "code", "Akışta kaydırdıkça ekrana ilk kez giren kartlar aşağıdan kayarak ve belirerek gelsin; geri kaydırınca tekrar animasyon olmasın.", [
    "Liste kaydirilirken yeni gorunen elemanlar bir kez belirerek gelsin, nasil yaparim?",
    "Her kartın sadece ilk görünüşünde hafifçe yukarı kayıp belirdiği bir liste yaz.",
], ["TweenAnimationBuilder", "ListView.builder"], r"""
class AnimatedFeed extends StatefulWidget {
  const AnimatedFeed({super.key, required this.posts});
  final List<String> posts;

  @override
  State<AnimatedFeed> createState() => _AnimatedFeedState();
}

class _AnimatedFeedState extends State<AnimatedFeed> {
  final _seen = <int>{}; // daha önce animasyonu oynamış satırlar

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      itemCount: widget.posts.length,
      itemBuilder: (context, index) {
        final card = Card(
          margin: const EdgeInsets.symmetric(horizontal: 16, vertical: 8),
          child: ListTile(title: Text(widget.posts[index])),
        );
        // add() ilk eklemede true döner: sadece ilk görünüşte animasyon
        if (!_seen.add(index)) return card;
        return TweenAnimationBuilder<double>(
          tween: Tween(begin: 0, end: 1),
          duration: const Duration(milliseconds: 450),
          curve: Curves.easeOut,
          child: card,
          builder: (context, t, child) => Opacity(
            opacity: t,
            child: Transform.translate(offset: Offset(0, 32 * (1 - t)), child: child),
          ),
        );
      },
    );
  }
}
""", api_free=True)

R(A, "orta", "code", "Sepet ikonundaki ürün sayısı her değiştiğinde rozet kısa bir süre büyüyüp eski boyutuna dönsün.", [
    "Sepet sayisi degisince badge'in buyuyup kuculmesini nasil saglarim?",
    "Sayı değişince dikkat çekmek için zıplayan bir sepet rozeti widget'ı yap.",
], ["didUpdateWidget", "Badge", "forward"], r"""
class CartBadgeIcon extends StatefulWidget {
  const CartBadgeIcon({super.key, required this.count});
  final int count;

  @override
  State<CartBadgeIcon> createState() => _CartBadgeIconState();
}

class _CartBadgeIconState extends State<CartBadgeIcon> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 350));
  late final Animation<double> _scale = TweenSequence<double>([
    TweenSequenceItem(tween: Tween(begin: 1.0, end: 1.4), weight: 50),
    TweenSequenceItem(tween: Tween(begin: 1.4, end: 1.0), weight: 50),
  ]).animate(CurvedAnimation(parent: _c, curve: Curves.easeInOut));

  @override
  void didUpdateWidget(CartBadgeIcon oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (widget.count != oldWidget.count) _c.forward(from: 0); // her değişimde baştan oyna
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ScaleTransition(
      scale: _scale,
      child: Badge(
        isLabelVisible: widget.count > 0,
        label: Text('${widget.count}'),
        child: const Icon(Icons.shopping_cart_outlined),
      ),
    );
  }
}
""", api_free=True)

R(A, "zor", "code", "Sayfanın üstünde sürüklenebilen yuvarlak bir destek butonu olsun; bırakınca yumuşakça en yakın sol ya da sağ kenara yapışsın.", [
    "Suruklenen yuzen buton birakilinca en yakin kenara kayarak yapissin, nasil yaparim?",
    "Messenger baloncuğu gibi sürüklenip bırakılınca kenara oturan bir buton yaz.",
], ["onPanEnd", "AnimatedPositioned"], r"""
class SnappingBubble extends StatefulWidget {
  const SnappingBubble({super.key, required this.page, required this.onTap});
  final Widget page;
  final VoidCallback onTap;

  @override
  State<SnappingBubble> createState() => _SnappingBubbleState();
}

class _SnappingBubbleState extends State<SnappingBubble> {
  static const _size = 56.0;
  static const _margin = 12.0;
  Offset _pos = const Offset(_margin, 200);
  bool _dragging = false;

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(builder: (context, box) {
      return Stack(
        children: [
          Positioned.fill(child: widget.page),
          AnimatedPositioned(
            // Sürüklerken parmağı anında takip et, bırakınca animasyonla kay
            duration: _dragging ? Duration.zero : const Duration(milliseconds: 250),
            curve: Curves.easeOut,
            left: _pos.dx,
            top: _pos.dy,
            child: GestureDetector(
              onTap: widget.onTap,
              onPanStart: (_) => setState(() => _dragging = true),
              onPanUpdate: (d) => setState(() => _pos += d.delta),
              onPanEnd: (_) {
                final toLeft = _pos.dx + _size / 2 < box.maxWidth / 2;
                setState(() {
                  _dragging = false;
                  _pos = Offset(
                    toLeft ? _margin : box.maxWidth - _size - _margin,
                    _pos.dy.clamp(_margin, box.maxHeight - _size - _margin),
                  );
                });
              },
              child: const CircleAvatar(radius: _size / 2, child: Icon(Icons.support_agent)),
            ),
          ),
        ],
      );
    });
  }
}
""", api_free=True)

R(A, "orta", "code", "Müzik çalarken şarkının yanında dört ince çubuk ekolayzer gibi inip kalksın; duraklatınca çubuklar alçalıp dursun.", [
    "Muzik calarken ziplayan ekolayzer cubuklari animasyonu nasil yaparim?",
    "Çalma durumuna göre hareket eden ya da duran küçük ses çubukları widget'ı yaz.",
], ["AnimationController", "repeat", "AnimatedBuilder"], r"""
// dart:math as math
class EqualizerBars extends StatefulWidget {
  const EqualizerBars({super.key, required this.playing, this.color = Colors.green});
  final bool playing;
  final Color color;

  @override
  State<EqualizerBars> createState() => _EqualizerBarsState();
}

class _EqualizerBarsState extends State<EqualizerBars> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 1400));
  static const _freqs = [1, 3, 2, 4]; // tam sayı: döngü başa sararken atlama olmaz

  @override
  void initState() {
    super.initState();
    if (widget.playing) _c.repeat();
  }

  @override
  void didUpdateWidget(EqualizerBars oldWidget) {
    super.didUpdateWidget(oldWidget);
    if (widget.playing && !_c.isAnimating) _c.repeat();
    if (!widget.playing) _c.stop();
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  double _level(int i) {
    if (!widget.playing) return 0.15;
    final v = math.sin(_c.value * 2 * math.pi * _freqs[i] + i * 1.3);
    return 0.2 + 0.8 * (v + 1) / 2;
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _c,
      builder: (context, _) => SizedBox(
        height: 20,
        child: Row(
          mainAxisSize: MainAxisSize.min,
          crossAxisAlignment: CrossAxisAlignment.end,
          children: [
            for (var i = 0; i < _freqs.length; i++)
              Container(
                width: 3,
                height: 20 * _level(i),
                margin: const EdgeInsets.symmetric(horizontal: 1.5),
                decoration: BoxDecoration(color: widget.color, borderRadius: BorderRadius.circular(2)),
              ),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(A, "orta", "code", "Oyun başlamadan önce ekranın ortasında 3, 2, 1 rakamları sırayla büyüyüp solarak kaybolsun, en son 'Başla!' yazsın ve oyun başlasın.", [
    "Oyun baslamadan once ekranda buyuyerek kaybolan 3, 2, 1 geri sayimini nasil gosteririm?",
    "Sırayla büyüyüp kaybolan rakamlarla geri sayım yapan ve bitince haber veren bir widget yaz.",
], ["AnimationController", "forward"], r"""
class StartCountdown extends StatefulWidget {
  const StartCountdown({super.key, required this.onFinished});
  final VoidCallback onFinished;

  @override
  State<StartCountdown> createState() => _StartCountdownState();
}

class _StartCountdownState extends State<StartCountdown> with SingleTickerProviderStateMixin {
  static const _labels = ['3', '2', '1', 'Başla!'];
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 900));
  int _i = 0;

  @override
  void initState() {
    super.initState();
    _run();
  }

  Future<void> _run() async {
    for (var i = 0; i < _labels.length; i++) {
      if (!mounted) return;
      setState(() => _i = i);
      await _c.forward(from: 0); // bir rakamın animasyonu bitince sıradakine geç
    }
    if (mounted) widget.onFinished();
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Center(
      child: AnimatedBuilder(
        animation: _c,
        builder: (context, _) {
          final t = _c.value;
          final scale = 0.5 + Curves.easeOutBack.transform(t);
          final opacity = t < 0.7 ? 1.0 : 1 - (t - 0.7) / 0.3;
          return Opacity(
            opacity: opacity.clamp(0.0, 1.0),
            child: Transform.scale(
              scale: scale,
              child: Text(_labels[_i],
                  style: const TextStyle(fontSize: 72, fontWeight: FontWeight.bold)),
            ),
          );
        },
      ),
    );
  }
}
""", api_free=True)

R(A, "zor", "code", "Skor tablosunda puanlar değişip sıralama değişince satırlar yeni yerlerine kayarak geçsin.", [
    "Siralama degisince liste satirlarinin yeni yerlerine kayarak gitmesini nasil saglarim?",
    "Puana göre sıralanan ve sıra değişince satırları animasyonla yer değiştiren bir liderlik tablosu yaz.",
], ["AnimatedPositioned", "ValueKey", "sort"], r"""
class Player {
  const Player(this.id, this.name, this.score);
  final String id;
  final String name;
  final int score;
}

class Leaderboard extends StatelessWidget {
  const Leaderboard({super.key, required this.players, this.rowHeight = 56});
  final List<Player> players;
  final double rowHeight;

  @override
  Widget build(BuildContext context) {
    final sorted = [...players]..sort((a, b) => b.score.compareTo(a.score));
    return SizedBox(
      height: sorted.length * rowHeight,
      child: Stack(
        children: [
          for (var i = 0; i < sorted.length; i++)
            // Aynı oyuncu aynı key ile kalır; sadece top değişir ve kayarak gider
            AnimatedPositioned(
              key: ValueKey(sorted[i].id),
              duration: const Duration(milliseconds: 500),
              curve: Curves.easeInOut,
              top: i * rowHeight,
              left: 0,
              right: 0,
              height: rowHeight,
              child: Card(
                child: ListTile(
                  leading: Text('${i + 1}.'),
                  title: Text(sorted[i].name),
                  trailing: Text('${sorted[i].score}'),
                ),
              ),
            ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(A, "orta", "code", "Dosyayı klasörün üzerine sürüklerken klasör hafifçe büyüyüp renklensin, bırakınca dosya o klasöre taşınsın.", [
    "Surukle birak yaparken hedefin uzerine gelince hedef buyusun, nasil yaparim?",
    "Sürüklenebilen dosya etiketleri ve üzerine gelinince büyüyen bir klasör hedefi yap.",
], ["DragTarget", "Draggable", "AnimatedScale | AnimatedContainer | ScaleTransition"], r"""
class FileChip extends StatelessWidget {
  const FileChip({super.key, required this.name});
  final String name;

  @override
  Widget build(BuildContext context) {
    final chip = Chip(avatar: const Icon(Icons.description, size: 18), label: Text(name));
    return Draggable<String>(
      data: name,
      feedback: Material(color: Colors.transparent, child: chip),
      childWhenDragging: Opacity(opacity: 0.3, child: chip),
      child: chip,
    );
  }
}

class FolderTarget extends StatelessWidget {
  const FolderTarget({super.key, required this.name, required this.onDropped});
  final String name;
  final ValueChanged<String> onDropped;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return DragTarget<String>(
      onAcceptWithDetails: (details) => onDropped(details.data),
      builder: (context, candidates, rejected) {
        final hovering = candidates.isNotEmpty; // üzerinde bekleyen dosya var
        return AnimatedScale(
          scale: hovering ? 1.15 : 1.0,
          duration: const Duration(milliseconds: 150),
          child: AnimatedContainer(
            duration: const Duration(milliseconds: 150),
            padding: const EdgeInsets.all(16),
            decoration: BoxDecoration(
              color: hovering ? scheme.primaryContainer : scheme.surfaceContainerHigh,
              borderRadius: BorderRadius.circular(12),
            ),
            child: Column(mainAxisSize: MainAxisSize.min, children: [
              const Icon(Icons.folder, size: 40),
              Text(name),
            ]),
          ),
        );
      },
    );
  }
}
""", api_free=True)

R(A, "zor", "concept", "Birkaç animasyonu arka arkaya oynatmak için forward()'ın döndürdüğü değeri await edebilir miyim; sayfa kapanırsa ne olur?", [
    "forward() await edilince sayfa kapanirsa ne oluyor, animasyonlari sirayla oynatmanin dogru yolu ne?",
    "İki controller'ı sırayla oynatan ve sayfa kapanınca güvenle duran bir fonksiyon yaz.",
], ["orCancel", "TickerCanceled"], r"""
// forward(), reverse(), animateTo() bir TickerFuture döndürür; animasyon
// bittiğinde tamamlanır, bu yüzden await ile sıralı animasyon yazılabilir.
// Dikkat: animasyon stop() ile durdurulursa ya da controller dispose edilirse
// bu Future HİÇ tamamlanmaz; await eden kod sonsuza kadar bekler (hata da vermez).
// .orCancel ise iptal durumunda TickerCanceled hatası fırlatan bir Future verir;
// böylece akış temiz biçimde sonlanır.
Future<void> playIntro(AnimationController logo, AnimationController title) async {
  try {
    await logo.forward().orCancel;
    await title.forward().orCancel;
  } on TickerCanceled {
    // Sayfa kapandı veya animasyon durduruldu: sessizce çık
  }
}
""")

R(A, "orta", "concept", "AnimationController'ı 0-1 yerine 0-360 gibi başka bir aralıkta çalıştırabilir miyim, yoksa Tween mi kullanmalıyım?", [
    "AnimationController degerini 0 ile 360 arasinda kullanmak icin lowerBound mu Tween mi?",
    "Controller'ı doğrudan derece aralığında çalıştır ve aynı işi Tween ile yapan sürümü de göster.",
], ["upperBound", "Tween"], r"""
// AnimationController varsayılan olarak 0.0-1.0 arasında değer üretir.
// lowerBound/upperBound ile aralığı değiştirebilirsin; ama o zaman curve,
// birden fazla değer (renk, boyut) türetmek ve tersine çevirmek zorlaşır.
// Genel tavsiye: controller 0-1 kalsın, ihtiyaç duyulan aralıkları Tween'lerle
// türet. Sınırsız değer gereken fizik animasyonlarında AnimationController.unbounded.

// 1) Sınırlarla: value doğrudan derece
AnimationController degreesController(TickerProvider vsync) => AnimationController(
      vsync: vsync,
      lowerBound: 0,
      upperBound: 360,
      duration: const Duration(seconds: 2),
    );

// 2) Önerilen: 0-1 controller + Tween (aynı controller'dan başka değerler de türetilebilir)
Animation<double> degreesFrom(AnimationController c) =>
    Tween<double>(begin: 0, end: 360).chain(CurveTween(curve: Curves.easeInOut)).animate(c);
""")

R(A, "orta", "concept", "AnimatedOpacity sayfa ilk açıldığında neden animasyon yapmıyor, sadece değer sonradan değişince çalışıyor?", [
    "Implicit animasyonlar sayfa acilisinda neden calismiyor, ilk gosterimde nasil animasyon yaparim?",
    "Sayfa açılır açılmaz içeriği solarak gösteren, ilk karede de çalışan bir örnek yaz.",
], ["TweenAnimationBuilder"], r"""
// AnimatedOpacity gibi implicit widget'lar ESKİ değerden YENİ değere animasyon
// yapar. İlk build'de eski değer yoktur; widget doğrudan verilen değerle çizilir.
// Sayfa açılışında animasyon için iki yol:
// 1) TweenAnimationBuilder: ilk build'de tween.begin'den end'e animasyon yapar.
// 2) İlk kare çizildikten sonra değeri değiştirmek (addPostFrameCallback).
class FadeInOnOpen extends StatelessWidget {
  const FadeInOnOpen({super.key, required this.child});
  final Widget child;

  @override
  Widget build(BuildContext context) {
    return TweenAnimationBuilder<double>(
      tween: Tween(begin: 0, end: 1),
      duration: const Duration(milliseconds: 600),
      builder: (context, value, child) => Opacity(opacity: value, child: child),
      child: child,
    );
  }
}

class FadeInWithImplicit extends StatefulWidget {
  const FadeInWithImplicit({super.key, required this.child});
  final Widget child;

  @override
  State<FadeInWithImplicit> createState() => _FadeInWithImplicitState();
}

class _FadeInWithImplicitState extends State<FadeInWithImplicit> {
  bool _visible = false;

  @override
  void initState() {
    super.initState();
    // İlk kare 0 opaklıkla çizilsin, sonra 1'e geçilsin: animasyon başlar
    WidgetsBinding.instance.addPostFrameCallback((_) {
      if (mounted) setState(() => _visible = true);
    });
  }

  @override
  Widget build(BuildContext context) => AnimatedOpacity(
        opacity: _visible ? 1 : 0,
        duration: const Duration(milliseconds: 600),
        child: widget.child,
      );
}
""")

R(A, "orta", "code", "Uygulama arka plana geçince sürekli dönen yükleniyor animasyonu dursun, uygulamaya geri dönünce devam etsin.", [
    "Uygulama arka plandayken tekrar eden animasyonu nasil durdururum?",
    "Ön plana dönünce kaldığı yerden devam eden, arka planda duran dönen bir logo yap.",
], ["AppLifecycleListener | didChangeAppLifecycleState", "stop"], r"""
class SpinningLogo extends StatefulWidget {
  const SpinningLogo({super.key});

  @override
  State<SpinningLogo> createState() => _SpinningLogoState();
}

class _SpinningLogoState extends State<SpinningLogo> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(seconds: 2))..repeat();
  late final AppLifecycleListener _lifecycle;

  @override
  void initState() {
    super.initState();
    _lifecycle = AppLifecycleListener(
      onHide: () => _c.stop(), // uygulama görünmez oldu
      onShow: () => _c.repeat(), // tekrar göründü: kaldığı değerden devam
    );
  }

  @override
  void dispose() {
    _lifecycle.dispose();
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return RotationTransition(turns: _c, child: const FlutterLogo(size: 64));
  }
}
""", api_free=True)

R(A, "zor", "code", "Pusula oku yön değiştikçe dönsün ama 359 dereceden 1 dereceye geçerken tam tur atmasın, en kısa yoldan dönsün.", [
    "Pusula ibresi 359'dan 1'e gecerken neden tam tur atiyor, en kisa yoldan nasil dondururum?",
    "Derece değişince oku en kısa yönden animasyonla döndüren bir pusula widget'ı yaz.",
], ["AnimatedRotation", "didUpdateWidget"], r"""
class CompassNeedle extends StatefulWidget {
  const CompassNeedle({super.key, required this.heading});
  final double heading; // 0-360 derece

  @override
  State<CompassNeedle> createState() => _CompassNeedleState();
}

class _CompassNeedleState extends State<CompassNeedle> {
  late double _turns = -widget.heading / 360; // biriken tur değeri

  @override
  void didUpdateWidget(CompassNeedle oldWidget) {
    super.didUpdateWidget(oldWidget);
    // Farkı -180..180 aralığına indir: 359 -> 1 geçişi +2 derece olur, -358 değil
    var diff = (widget.heading - oldWidget.heading) % 360;
    if (diff > 180) diff -= 360;
    _turns -= diff / 360; // ok, cihazın dönüşünün tersine döner
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedRotation(
      turns: _turns,
      duration: const Duration(milliseconds: 300),
      curve: Curves.easeOut,
      child: const Icon(Icons.navigation, size: 96, color: Colors.red),
    );
  }
}
""", api_free=True)

R(A, "orta", "code", "Ürün fotoğrafı sayfa açılınca soldan sağa perde açılır gibi yavaş yavaş ortaya çıksın; yerleşim kaymasın.", [
    "Resmi soldan saga dogru acilarak gosteren bir efekt nasil yaparim?",
    "Görseli soldan sağa açılan bir maskeyle ortaya çıkaran bir widget yaz.",
], ["CustomClipper", "ClipRect", "AnimationController"], r"""
class WipeReveal extends StatefulWidget {
  const WipeReveal({super.key, required this.child, this.duration = const Duration(milliseconds: 900)});
  final Widget child;
  final Duration duration;

  @override
  State<WipeReveal> createState() => _WipeRevealState();
}

class _WipeRevealState extends State<WipeReveal> with SingleTickerProviderStateMixin {
  late final AnimationController _c = AnimationController(vsync: this, duration: widget.duration);
  late final CurvedAnimation _curve = CurvedAnimation(parent: _c, curve: Curves.easeInOut);

  @override
  void initState() {
    super.initState();
    _c.forward();
  }

  @override
  void dispose() {
    _curve.dispose();
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    // Boyut değişmez, sadece görünen alan kırpılır; build her karede çalışmaz
    return ClipRect(clipper: _WipeClipper(_curve), child: widget.child);
  }
}

class _WipeClipper extends CustomClipper<Rect> {
  _WipeClipper(this.progress) : super(reclip: progress);
  final Animation<double> progress;

  @override
  Rect getClip(Size size) => Rect.fromLTWH(0, 0, size.width * progress.value, size.height);

  @override
  bool shouldReclip(_WipeClipper oldClipper) => oldClipper.progress != progress;
}
""", api_free=True)

R(A, "orta", "code", "Silme butonuna basılı tutunca etrafındaki halka dolsun, dolunca silinsin; erken bırakılırsa halka geri boşalsın.", [
    "Basili tutunca dolan halkali sil butonu nasil yaparim, erken birakirsa iptal olsun?",
    "Yanlışlıkla silmeyi önlemek için basılı tutarak onaylanan bir silme butonu yaz.",
], ["onTapDown", "CircularProgressIndicator", "reverse"], r"""
class HoldToDeleteButton extends StatefulWidget {
  const HoldToDeleteButton({super.key, required this.onConfirmed});
  final VoidCallback onConfirmed;

  @override
  State<HoldToDeleteButton> createState() => _HoldToDeleteButtonState();
}

class _HoldToDeleteButtonState extends State<HoldToDeleteButton> with SingleTickerProviderStateMixin {
  late final AnimationController _c = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 1500), // dolma süresi
    reverseDuration: const Duration(milliseconds: 300), // boşalma daha hızlı
  );

  @override
  void initState() {
    super.initState();
    _c.addStatusListener((status) {
      if (status == AnimationStatus.completed) {
        widget.onConfirmed();
        _c.reset();
      }
    });
  }

  void _release() {
    if (!_c.isCompleted) _c.reverse();
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final error = Theme.of(context).colorScheme.error;
    return GestureDetector(
      onTapDown: (_) => _c.forward(),
      onTapUp: (_) => _release(),
      onTapCancel: _release,
      child: AnimatedBuilder(
        animation: _c,
        builder: (context, child) => Stack(
          alignment: Alignment.center,
          children: [
            SizedBox.square(
              dimension: 56,
              child: CircularProgressIndicator(value: _c.value, strokeWidth: 4, color: error),
            ),
            child!,
          ],
        ),
        child: Icon(Icons.delete, color: error),
      ),
    );
  }
}
""", api_free=True)


# ---------------------------------------------------------------- storage
R(S, "orta", "code", "Uzun bir makalede kaldığım yer uygulama kapanıp açılınca hatırlansın; sayfa açılınca otomatik olarak oraya kaysın.", [
    "Makalede kaldigim kaydirma konumunu kaydedip tekrar acinca oraya nasil donerim?",
    "Okuma ekranında kaydırma konumunu cihazda sakla ve sayfa açılınca geri yükle.",
], ["setDouble", "getDouble", "jumpTo"], r"""
// pubspec.yaml: shared_preferences
// Not: PageStorageKey sadece uygulama açıkken hatırlar; yeniden başlatmada kalıcı kayıt gerekir.
class ArticleReader extends StatefulWidget {
  const ArticleReader({super.key, required this.articleId, required this.paragraphs});
  final String articleId;
  final List<String> paragraphs;

  @override
  State<ArticleReader> createState() => _ArticleReaderState();
}

class _ArticleReaderState extends State<ArticleReader> {
  final _scroll = ScrollController();
  Timer? _saveTimer;
  String get _key => 'scroll_${widget.articleId}';

  @override
  void initState() {
    super.initState();
    _scroll.addListener(_onScroll);
    _restore();
  }

  Future<void> _restore() async {
    final prefs = await SharedPreferences.getInstance();
    final saved = prefs.getDouble(_key);
    if (saved == null || !mounted) return;
    void jump() {
      if (_scroll.hasClients) {
        _scroll.jumpTo(saved.clamp(0.0, _scroll.position.maxScrollExtent));
      }
    }
    if (_scroll.hasClients) {
      jump();
    } else {
      WidgetsBinding.instance.addPostFrameCallback((_) => jump()); // liste henüz çizilmediyse
    }
  }

  void _onScroll() {
    final offset = _scroll.offset;
    // Her piksel için değil, kaydırma durduktan yarım saniye sonra yaz
    _saveTimer?.cancel();
    _saveTimer = Timer(const Duration(milliseconds: 500), () async {
      final prefs = await SharedPreferences.getInstance();
      await prefs.setDouble(_key, offset);
    });
  }

  @override
  void dispose() {
    _saveTimer?.cancel();
    if (_scroll.hasClients) {
      final last = _scroll.offset;
      SharedPreferences.getInstance().then((p) => p.setDouble(_key, last));
    }
    _scroll.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ListView.builder(
      controller: _scroll,
      padding: const EdgeInsets.all(16),
      itemCount: widget.paragraphs.length,
      itemBuilder: (context, i) => Padding(
        padding: const EdgeInsets.only(bottom: 12),
        child: Text(widget.paragraphs[i]),
      ),
    );
  }
}
""", api_free=True)

R(S, "orta", "code", "Kullanıcı uygulamayı her gün açtıkça seri (streak) sayısı bir artsın, bir gün bile atlarsa seri 1'den yeniden başlasın.", [
    "Gunluk giris serisini (streak) cihazda nasil tutarim, gun atlaninca sifirlansin?",
    "Art arda kaç gün giriş yapıldığını sayan ve kalıcı saklayan bir servis yaz.",
], ["SharedPreferences", "inDays", "setInt"], r"""
// pubspec.yaml: shared_preferences
class StreakService {
  static const _lastDayKey = 'streak_last_day';
  static const _countKey = 'streak_count';

  // Saat farkı ve yaz saati sorun çıkarmasın diye sadece tarih kısmı, UTC olarak
  static DateTime _dateOnly(DateTime d) => DateTime.utc(d.year, d.month, d.day);

  /// Uygulama açılışında çağır; güncel seriyi döndürür.
  Future<int> registerOpen({DateTime? now}) async {
    final prefs = await SharedPreferences.getInstance();
    final today = _dateOnly(now ?? DateTime.now());
    final lastRaw = prefs.getString(_lastDayKey);
    var count = prefs.getInt(_countKey) ?? 0;

    if (lastRaw == null) {
      count = 1; // ilk gün
    } else {
      final gap = today.difference(DateTime.parse(lastRaw)).inDays;
      if (gap == 0) return count; // bugün zaten sayıldı
      count = gap == 1 ? count + 1 : 1; // dün girdiyse devam, değilse sıfırdan
    }
    await prefs.setString(_lastDayKey, today.toIso8601String());
    await prefs.setInt(_countKey, count);
    return count;
  }
}
""", api_free=True)

R(S, "orta", "code", "'Uygulamayı değerlendir' penceresi en az 5 açılıştan sonra çıksın, en fazla haftada bir sorulsun; kullanıcı değerlendirdiyse bir daha hiç sorulmasın.", [
    "Puanlama penceresini cok sik gostermemek icin acilis sayisini ve son sorma zamanini nasil saklarim?",
    "Değerlendirme isteğini ne zaman göstereceğine karar veren ve durumu kalıcı tutan bir sınıf yaz.",
], ["SharedPreferences", "millisecondsSinceEpoch"], r"""
// pubspec.yaml: shared_preferences
class RatePromptPolicy {
  static const _launchKey = 'rate_launch_count';
  static const _lastAskedKey = 'rate_last_asked';
  static const _ratedKey = 'rate_done';

  /// Her açılışta bir kez çağır: sayacı artırır ve sorulup sorulmayacağını döndürür.
  Future<bool> onLaunchShouldAsk() async {
    final prefs = await SharedPreferences.getInstance();
    final launches = (prefs.getInt(_launchKey) ?? 0) + 1;
    await prefs.setInt(_launchKey, launches);

    if (prefs.getBool(_ratedKey) ?? false) return false;
    if (launches < 5) return false;

    final now = DateTime.now();
    final last = prefs.getInt(_lastAskedKey);
    if (last != null &&
        now.difference(DateTime.fromMillisecondsSinceEpoch(last)) < const Duration(days: 7)) {
      return false;
    }
    await prefs.setInt(_lastAskedKey, now.millisecondsSinceEpoch);
    return true;
  }

  Future<void> markRated() async {
    final prefs = await SharedPreferences.getInstance();
    await prefs.setBool(_ratedKey, true);
  }
}

Future<void> maybeAskForRating(BuildContext context, RatePromptPolicy policy) async {
  if (!await policy.onLaunchShouldAsk() || !context.mounted) return;
  final rated = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Uygulamayı beğendin mi?'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Sonra')),
        FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Değerlendir')),
      ],
    ),
  );
  if (rated == true) await policy.markRated(); // mağaza sayfası burada açılır
}
""", api_free=True)

R(S, "orta", "code", "Notların sırasını sürükleyerek değiştirince yeni sıra veritabanında saklansın; uygulama tekrar açılınca notlar aynı sırada gelsin.", [
    "Surukleyerek siraladigim notlarin sirasini sqflite'ta nasil saklarim?",
    "Sürükle-bırak ile sıralanan not listesini yap ve sırayı kalıcı olarak veritabanına yaz.",
], ["ReorderableListView", "batch", "orderBy"], r"""
// pubspec.yaml: sqflite
// Tablo: notes(id INTEGER PRIMARY KEY, title TEXT, position INTEGER)
class NoteOrderDao {
  NoteOrderDao(this.db);
  final Database db;

  Future<List<Map<String, Object?>>> notes() => db.query('notes', orderBy: 'position ASC');

  Future<void> saveOrder(List<int> idsInOrder) async {
    // Tüm pozisyonları tek seferde, atomik olarak yaz
    final batch = db.batch();
    for (var i = 0; i < idsInOrder.length; i++) {
      batch.update('notes', {'position': i}, where: 'id = ?', whereArgs: [idsInOrder[i]]);
    }
    await batch.commit(noResult: true);
  }
}

class NotesOrderPage extends StatefulWidget {
  const NotesOrderPage({super.key, required this.dao});
  final NoteOrderDao dao;

  @override
  State<NotesOrderPage> createState() => _NotesOrderPageState();
}

class _NotesOrderPageState extends State<NotesOrderPage> {
  List<Map<String, Object?>> _notes = [];

  @override
  void initState() {
    super.initState();
    widget.dao.notes().then((rows) {
      if (mounted) setState(() => _notes = [...rows]); // değiştirilebilir kopya
    });
  }

  void _onReorder(int oldIndex, int newIndex) {
    setState(() {
      if (newIndex > oldIndex) newIndex -= 1;
      _notes.insert(newIndex, _notes.removeAt(oldIndex));
    });
    widget.dao.saveOrder([for (final n in _notes) n['id'] as int]);
  }

  @override
  Widget build(BuildContext context) {
    return ReorderableListView(
      onReorder: _onReorder,
      children: [
        for (final n in _notes)
          ListTile(key: ValueKey(n['id']), title: Text(n['title'] as String)),
      ],
    );
  }
}
""", api_free=True)

R(S, "orta", "code", "Günün sözü: her gün veritabanındaki sözlerden biri gösterilsin, gün boyunca hep aynı söz kalsın, ertesi gün bir sonrakine geçsin.", [
    "Veritabanindan her gun farkli ama gun icinde ayni kalan bir soz nasil secerim?",
    "Sözler tablosundan tarihe göre günün sözünü seçip döndüren bir fonksiyon yaz.",
], ["firstIntValue", "offset"], r"""
// pubspec.yaml: sqflite
// Tablo: quotes(id INTEGER PRIMARY KEY, text TEXT, author TEXT)
Future<Map<String, Object?>?> quoteOfTheDay(Database db, {DateTime? now}) async {
  final count = Sqflite.firstIntValue(await db.rawQuery('SELECT COUNT(*) FROM quotes')) ?? 0;
  if (count == 0) return null;

  // 1970'ten bu yana geçen gün sayısı: aynı gün hep aynı, ertesi gün bir fazla
  final d = now ?? DateTime.now();
  final dayNumber = DateTime.utc(d.year, d.month, d.day).millisecondsSinceEpoch ~/ Duration.millisecondsPerDay;

  final rows = await db.query(
    'quotes',
    orderBy: 'id',
    limit: 1,
    offset: dayNumber % count, // sırayla dolaşır, sona gelince başa döner
  );
  return rows.first;
}
""", api_free=True)

R(S, "kolay", "code", "sqflite'ta verilen e-postayla kayıtlı bir kullanıcı olup olmadığını, büyük/küçük harfe bakmadan true/false olarak döndür.", [
    "sqflite'ta bir e-posta daha once kayitli mi diye nasil kontrol ederim?",
    "Kayıt formunda e-posta zaten kullanılıyor mu diye veritabanına soran bir fonksiyon yaz.",
], ["rawQuery", "firstIntValue"], r"""
// pubspec.yaml: sqflite
Future<bool> emailExists(Database db, String email) async {
  // EXISTS ilk eşleşmede durur; tüm satırları saymaktan daha hızlıdır
  final result = Sqflite.firstIntValue(await db.rawQuery(
    'SELECT EXISTS(SELECT 1 FROM users WHERE email = ? COLLATE NOCASE)',
    [email.trim()],
  ));
  return result == 1;
}
""")

R(S, "orta", "code", "Ürünleri kullanıcının seçtiği alana göre (ad, fiyat, tarih) artan ya da azalan sırala; kullanıcının seçimi sorguya doğrudan metin olarak yazılmasın.", [
    "Kullanicinin sectigi siralamayi SQL'e guvenli sekilde nasil aktaririm?",
    "Sıralama seçeneklerini sabit bir listeyle sınırlayıp veritabanından sıralı ürün getir.",
], ["orderBy", "enum"], r"""
// pubspec.yaml: sqflite
// orderBy'da ? parametresi kullanılamaz; bu yüzden sütun adı asla kullanıcı
// metninden gelmemeli, sadece bu sabit listeden seçilmeli (SQL injection'a karşı).
enum ProductSort {
  name('name'),
  price('price'),
  newest('created_at');

  const ProductSort(this.column);
  final String column;
}

Future<List<Map<String, Object?>>> sortedProducts(
  Database db, {
  ProductSort sort = ProductSort.name,
  bool descending = false,
  String? search,
}) {
  final hasSearch = search != null && search.isNotEmpty;
  return db.query(
    'products',
    where: hasSearch ? 'name LIKE ?' : null,
    whereArgs: hasSearch ? ['%$search%'] : null, // değerler her zaman parametreyle
    orderBy: '${sort.column} ${descending ? 'DESC' : 'ASC'}',
  );
}
""", api_free=True)

R(S, "orta", "code", "Documents klasöründeki, noktalı virgülle ayrılmış ürünler CSV dosyasını okuyup sqflite'taki ürünler tablosuna toplu olarak ekle.", [
    "CSV dosyasindaki urunleri sqflite tablosuna hizlica nasil aktaririm?",
    "Başlık satırını atlayarak CSV'deki her satırı veritabanına ekleyen bir içe aktarma fonksiyonu yaz.",
], ["readAsLines | openRead", "batch", "split"], r"""
// pubspec.yaml: sqflite, path_provider
// Dosya biçimi: kod;ad;fiyat  (ilk satır başlık, fiyat '12,50' gibi olabilir)
Future<int> importProductsCsv(Database db, String fileName) async {
  final dir = await getApplicationDocumentsDirectory();
  final file = File('${dir.path}/$fileName');
  if (!await file.exists()) return 0;

  final lines = await file.readAsLines();
  final batch = db.batch(); // tek transaction: ya hepsi ya hiçbiri
  var count = 0;
  for (final line in lines.skip(1)) {
    if (line.trim().isEmpty) continue;
    final cols = line.split(';');
    if (cols.length < 3) continue; // bozuk satırı atla
    batch.insert(
      'products',
      {
        'code': cols[0].trim(),
        'name': cols[1].trim(),
        'price': double.tryParse(cols[2].trim().replaceAll(',', '.')) ?? 0,
      },
      conflictAlgorithm: ConflictAlgorithm.replace, // aynı kod varsa güncelle
    );
    count++;
  }
  await batch.commit(noResult: true);
  return count;
}
""")

R(S, "zor", "code", "sqflite'ta iç içe kategoriler var (her kategorinin parent_id'si); bir kategoriyi tüm alt kategorileri ve onların altlarıyla birlikte tek sorguda getir.", [
    "sqflite'ta agac yapisindaki kategorilerin tum alt dallarini tek sorguyla nasil cekerim?",
    "Bir kategorinin bütün alt ağacını derinlik bilgisiyle döndüren özyinelemeli bir sorgu yaz.",
], ["rawQuery", "RECURSIVE"], r"""
// pubspec.yaml: sqflite
// Tablo: categories(id INTEGER PRIMARY KEY, name TEXT, parent_id INTEGER NULL)
Future<List<Map<String, Object?>>> categorySubtree(Database db, int rootId) {
  // WITH RECURSIVE: önce kök satır, sonra her adımda bir önceki seviyenin çocukları eklenir
  return db.rawQuery('''
    WITH RECURSIVE subtree(id, name, parent_id, depth) AS (
      SELECT id, name, parent_id, 0 FROM categories WHERE id = ?
      UNION ALL
      SELECT c.id, c.name, c.parent_id, s.depth + 1
      FROM categories c
      JOIN subtree s ON c.parent_id = s.id
    )
    SELECT * FROM subtree ORDER BY depth, name
  ''', [rootId]);
}

// Ekranda girintili göstermek için: padding: EdgeInsets.only(left: 16.0 * (row['depth'] as int))
""")

R(S, "zor", "concept", "sqflite'ta sayfalama için LIMIT/OFFSET mi kullanmalıyım, yoksa son kaydın id'sine göre (keyset) sayfalama mı; farkı nedir?", [
    "Buyuk tabloda OFFSET ile sayfalama neden yavaslar, son id'ye gore sayfalama nasil yapilir?",
    "Mesaj listesini son görülen kaydın id'sinden devam eden keyset sayfalamayla getir.",
], ["limit", "whereArgs"], r"""
// OFFSET: 'ilk N satırı atla' demektir; SQLite atlanan satırları yine de okur.
//   Sayfa ilerledikçe sorgu yavaşlar. Ayrıca sayfalar arasında yeni kayıt
//   eklenirse satırlar kayar: aynı kayıt iki kez görünür ya da biri atlanır.
// Keyset (seek) sayfalama: 'son gördüğüm id'den küçük olanları getir' der.
//   İndeks (PRIMARY KEY) üzerinden doğrudan o noktaya gider; sayfa kaç olursa
//   olsun hızı aynıdır ve araya eklenen kayıtlar kaymaya yol açmaz.
//   Eksisi: 'doğrudan 7. sayfaya git' yapılamaz; sonsuz kaydırma için idealdir.

// OFFSET ile
Future<List<Map<String, Object?>>> pageByOffset(Database db, int page, {int size = 30}) =>
    db.query('messages', orderBy: 'id DESC', limit: size, offset: page * size);

// Keyset ile: ilk sayfada lastId null
Future<List<Map<String, Object?>>> pageAfter(Database db, int? lastId, {int size = 30}) =>
    db.query(
      'messages',
      where: lastId == null ? null : 'id < ?',
      whereArgs: lastId == null ? null : [lastId],
      orderBy: 'id DESC',
      limit: size,
    );
""")

R(S, "orta", "code", "Hive'da görevlerin öncelik enum'unu (düşük, orta, yüksek) saklamak için kod üretmeden elle bir TypeAdapter yaz.", [
    "Hive'a enum deger kaydetmek icin adapter nasil yazilir, build_runner kullanmadan?",
    "Öncelik enum'u için elle yazılmış bir Hive adapter'ı kaydet ve bir değeri saklayıp oku.",
], ["TypeAdapter", "registerAdapter", "writeByte"], r"""
// pubspec.yaml: hive, hive_flutter
enum Priority { low, medium, high }

class PriorityAdapter extends TypeAdapter<Priority> {
  @override
  final int typeId = 5; // uygulamadaki diğer adapter'larla çakışmamalı

  // Enum'un sırası (index) yazılır: yeni değeri her zaman SONA ekle,
  // araya eklersen eski kayıtlar yanlış okunur.
  @override
  Priority read(BinaryReader reader) {
    final index = reader.readByte();
    return index < Priority.values.length ? Priority.values[index] : Priority.medium;
  }

  @override
  void write(BinaryWriter writer, Priority obj) => writer.writeByte(obj.index);
}

Future<void> initPriorityStore() async {
  await Hive.initFlutter();
  Hive.registerAdapter(PriorityAdapter()); // openBox'tan ÖNCE
  final box = await Hive.openBox<Priority>('task_priority');
  await box.put('task-42', Priority.high);
  debugPrint('Öncelik: ${box.get('task-42')}');
}
""")

R(S, "zor", "code", "Uygulama kilidi için kullanıcının PIN'ini düz metin olarak saklamadan cihaza kaydet ve girişte doğrula.", [
    "PIN kodunu hashleyerek guvenli sekilde nasil saklarim ve sonra nasil kontrol ederim?",
    "PIN'i tuzlu (salt) özetini alıp güvenli depoda tutan ve doğrulayan bir sınıf yaz.",
], ["sha256", "FlutterSecureStorage", "Random.secure"], r"""
// pubspec.yaml: flutter_secure_storage, crypto
// dart:convert, dart:math
class PinStore {
  PinStore([FlutterSecureStorage? storage]) : _storage = storage ?? const FlutterSecureStorage();
  final FlutterSecureStorage _storage;

  Future<void> setPin(String pin) async {
    final random = Random.secure();
    final salt = base64UrlEncode(List<int>.generate(16, (_) => random.nextInt(256)));
    await _storage.write(key: 'pin_salt', value: salt);
    await _storage.write(key: 'pin_hash', value: _hash(pin, salt));
  }

  Future<bool> verify(String pin) async {
    final salt = await _storage.read(key: 'pin_salt');
    final saved = await _storage.read(key: 'pin_hash');
    if (salt == null || saved == null) return false;
    return _hash(pin, salt) == saved;
  }

  // Kısa PIN'lerde deneme hızını düşürmek için özeti tekrar tekrar al
  String _hash(String pin, String salt) {
    var digest = sha256.convert(utf8.encode('$salt:$pin'));
    for (var i = 0; i < 10000; i++) {
      digest = sha256.convert(digest.bytes);
    }
    return digest.toString();
  }

  Future<void> clear() => _storage.deleteAll();
}
""", api_free=True)

R(S, "orta", "code", "flutter_secure_storage, uygulama yedekten geri yüklenince okurken PlatformException atıyor; hata olursa depolamayı temizleyip null döndür ki kullanıcı tekrar giriş yapsın.", [
    "Secure storage okurken PlatformException alinca uygulama cokmesin, ne yapmaliyim?",
    "Okuma hatasında güvenli depoyu sıfırlayıp oturumu kapatan sağlam bir okuma fonksiyonu yaz.",
], ["PlatformException", "deleteAll"], r"""
// pubspec.yaml: flutter_secure_storage
// Android'de yedekten geri yüklenen şifreli veri, yeni cihazın Keystore anahtarıyla
// çözülemez; read() bu durumda PlatformException fırlatır.
class SafeTokenStorage {
  SafeTokenStorage([FlutterSecureStorage? storage]) : _storage = storage ?? const FlutterSecureStorage();
  final FlutterSecureStorage _storage;

  Future<String?> readToken() async {
    try {
      return await _storage.read(key: 'access_token');
    } on PlatformException catch (e) {
      debugPrint('Güvenli depo okunamadı (${e.code}), temizleniyor');
      await _storage.deleteAll(); // çözülemeyen veriyi at
      return null; // çağıran taraf giriş ekranına yönlendirir
    }
  }
}
""")

R(S, "orta", "code", "iOS'ta uygulamayı silip yeniden kurunca eski kullanıcının giriş bilgileri hâlâ duruyor; yeni kurulumda güvenli depodaki her şey silinsin.", [
    "iOS'ta uygulama silinince keychain verileri neden kaliyor, ilk acilista nasil temizlerim?",
    "Yeniden kurulumu algılayıp güvenli depoyu ilk açılışta bir kez temizleyen kodu yaz.",
], ["deleteAll", "SharedPreferences", "FlutterSecureStorage"], r"""
// pubspec.yaml: shared_preferences, flutter_secure_storage
// iOS Keychain uygulama silinince temizlenmez; SharedPreferences ise silinir.
// Bayrak yoksa bu, yeni bir kurulumdur.
Future<void> clearSecureStorageOnFreshInstall() async {
  final prefs = await SharedPreferences.getInstance();
  if (prefs.getBool('has_run_before') ?? false) return;
  await const FlutterSecureStorage().deleteAll();
  await prefs.setBool('has_run_before', true);
}

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await clearSecureStorageOnFreshInstall(); // token okunmadan önce
  runApp(const MaterialApp(home: Scaffold(body: Center(child: Text('Merhaba')))));
}
""", api_free=True)

R(S, "zor", "code", "Büyük log dosyasının tamamını okumadan sadece son 50 satırını oku ve ekranda göster.", [
    "Cok buyuk bir dosyanin sadece son satirlarini bastan okumadan nasil alirim?",
    "Dosyanın sonundan geriye doğru parça parça okuyup son N satırı döndüren bir fonksiyon yaz.",
], ["setPosition", "LineSplitter"], r"""
// dart:io, dart:convert
Future<List<String>> tailLines(File file, {int count = 50, int chunkSize = 8192}) async {
  final raf = await file.open();
  try {
    var pos = await raf.length();
    final chunks = <List<int>>[];
    var newlines = 0;
    // Sondan başa doğru, yeterli satır sonu bulunana kadar parça oku
    while (pos > 0 && newlines <= count) {
      final size = pos < chunkSize ? pos : chunkSize;
      pos -= size;
      await raf.setPosition(pos);
      final bytes = await raf.read(size);
      chunks.insert(0, bytes);
      newlines += bytes.where((b) => b == 10).length; // '\n'
    }
    // İlk parça çok baytlı bir karakterin ortasından başlayabilir
    final text = utf8.decode(chunks.expand((c) => c).toList(), allowMalformed: true);
    final lines = LineSplitter.split(text).toList();
    return lines.length <= count ? lines : lines.sublist(lines.length - count);
  } finally {
    await raf.close();
  }
}
""", api_free=True)

R(S, "kolay", "code", "Kullanıcının küçük profil resmini ayrı bir dosya açmadan ayarlarla birlikte cihazda sakla ve açılışta göster.", [
    "Kucuk bir resmi SharedPreferences'ta saklayip sonra nasil gosteririm?",
    "Avatar baytlarını metne çevirip kaydet, sonra geri çevirip yuvarlak resim olarak göster.",
], ["base64Encode", "base64Decode", "MemoryImage | Image.memory"], r"""
// pubspec.yaml: shared_preferences
// Sadece küçük resimler için (birkaç yüz KB): büyük dosyalar documents klasörüne yazılmalı.
class AvatarStore {
  static const _key = 'avatar_b64';

  Future<void> save(Uint8List bytes) async {
    final prefs = await SharedPreferences.getInstance();
    await prefs.setString(_key, base64Encode(bytes));
  }

  Future<Uint8List?> load() async {
    final prefs = await SharedPreferences.getInstance();
    final encoded = prefs.getString(_key);
    return encoded == null ? null : base64Decode(encoded);
  }
}

class SavedAvatar extends StatefulWidget {
  const SavedAvatar({super.key});

  @override
  State<SavedAvatar> createState() => _SavedAvatarState();
}

class _SavedAvatarState extends State<SavedAvatar> {
  late final Future<Uint8List?> _bytes = AvatarStore().load(); // build'de tekrar okunmasın

  @override
  Widget build(BuildContext context) {
    return FutureBuilder<Uint8List?>(
      future: _bytes,
      builder: (context, snapshot) {
        final data = snapshot.data;
        return CircleAvatar(
          radius: 32,
          backgroundImage: data == null ? null : MemoryImage(data),
          child: data == null ? const Icon(Icons.person) : null,
        );
      },
    );
  }
}
""", api_free=True)

R(S, "orta", "code", "Ücretsiz kullanıcılar günde en fazla 3 kez özet çıkarma özelliğini kullanabilsin; ertesi gün hak yenilensin, uygulama kapansa da sayaç kalsın.", [
    "Gunluk kullanim hakkini cihazda nasil sayarim, gun degisince sifirlansin?",
    "Günlük kullanım sınırı koyan, kalan hakkı söyleyen ve harcayan bir sınıf yaz.",
], ["SharedPreferences", "setInt", "getInt"], r"""
// pubspec.yaml: shared_preferences
class DailyQuota {
  DailyQuota({this.limit = 3});
  final int limit;

  static const _dayKey = 'quota_day';
  static const _usedKey = 'quota_used';

  String _today() {
    final n = DateTime.now();
    return '${n.year}-${n.month.toString().padLeft(2, '0')}-${n.day.toString().padLeft(2, '0')}';
  }

  Future<int> _usedToday(SharedPreferences prefs) async =>
      prefs.getString(_dayKey) == _today() ? (prefs.getInt(_usedKey) ?? 0) : 0; // yeni gün = 0

  Future<int> remaining() async {
    final prefs = await SharedPreferences.getInstance();
    return limit - await _usedToday(prefs);
  }

  /// Hak varsa bir tane harcar ve true döner.
  Future<bool> tryConsume() async {
    final prefs = await SharedPreferences.getInstance();
    final used = await _usedToday(prefs);
    if (used >= limit) return false;
    await prefs.setString(_dayKey, _today());
    await prefs.setInt(_usedKey, used + 1);
    return true;
  }
}
""", api_free=True)

R(S, "orta", "concept", "SharedPreferences'ta setString'i await etmezsem değer kaybolur mu?", [
    "setString cagrisini await etmeden birakirsam veri kaydedilir mi, ne risk var?",
    "Ayar kaydını doğru biçimde bekleyerek yaz ve başarısız olursa haber ver.",
], ["await", "setString"], r"""
// Klasik SharedPreferences: setString önce bellekteki önbelleği HEMEN günceller,
// diske/platforma yazmayı ise arka planda yapar. Bu yüzden await etmesen de aynı
// oturumda getString yeni değeri döndürür. Ama:
// - Yazma bitmeden uygulama kapanır/öldürülürse değer diske hiç yazılmamış olabilir.
// - Yazma hatası (false veya exception) kimse tarafından görülmez.
// - SharedPreferencesAsync'te önbellek yoktur; beklemeden hemen okursan eski
//   değeri alabilirsin.
// Kural: önemli verilerde (oturum, satın alma) mutlaka await et; sonucu kontrol et.
Future<bool> saveNickname(String name) async {
  final prefs = await SharedPreferences.getInstance();
  final ok = await prefs.setString('nickname', name);
  if (!ok) debugPrint('Takma ad kaydedilemedi');
  return ok;
}
""")

R(S, "orta", "concept", "Documents klasörüne kaydettiğim dosyanın tam yolunu veritabanında tutuyorum; iOS'ta uygulama güncellenince dosya bulunamıyor, neden?", [
    "iOS'ta guncellemeden sonra kayitli dosya yolu neden gecersiz oluyor?",
    "Dosya yolunu göreli sakla, her açılışta documents klasörüyle birleştirerek dosyayı bul.",
], ["getApplicationDocumentsDirectory", "File"], r"""
// iOS'ta uygulama klasörü '/var/mobile/Containers/Data/Application/<UUID>/'
// biçimindedir ve UUID güncellemede ya da yedekten geri yüklemede değişebilir.
// Dosyalar yeni klasöre taşınır ama kaydettiğin eski tam yol artık geçersizdir.
// Çözüm: veritabanına sadece dosya adını (göreli yolu) yaz; tam yolu her
// ihtiyaçta getApplicationDocumentsDirectory ile yeniden oluştur.
Future<String> saveNoteImage(List<int> bytes) async {
  final dir = await getApplicationDocumentsDirectory();
  final name = 'note_${DateTime.now().millisecondsSinceEpoch}.jpg';
  await File('${dir.path}/$name').writeAsBytes(bytes);
  return name; // veritabanına bu kaydedilir
}

Future<File> resolveNoteImage(String storedName) async {
  final dir = await getApplicationDocumentsDirectory();
  return File('${dir.path}/$storedName');
}
""")

R(S, "orta", "concept", "sqflite'ta id sütununu INTEGER PRIMARY KEY AUTOINCREMENT mi yoksa sadece INTEGER PRIMARY KEY mi yapmalıyım, farkı ne?", [
    "AUTOINCREMENT yazmasam da id otomatik artiyor, o zaman ne ise yariyor?",
    "İki tanımın farkını açıkla ve silinen id'lerin tekrar kullanılmaması gereken tabloyu oluştur.",
], ["execute", "AUTOINCREMENT"], r"""
// INTEGER PRIMARY KEY: sütun SQLite'ın rowid'sinin takma adı olur; id vermezsen
//   'en büyük id + 1' atanır. En sondaki satırı silersen o id bir sonraki
//   eklemede YENİDEN kullanılabilir.
// AUTOINCREMENT: id'lerin asla tekrar kullanılmamasını garanti eder
//   (sqlite_sequence tablosunda en büyük değeri tutar). Biraz daha yavaştır.
// Ne zaman hangisi? id dışarıda referans olarak yaşıyorsa (sunucu senkronu,
// bildirim id'si, paylaşılan link) AUTOINCREMENT; aksi halde sadece
// INTEGER PRIMARY KEY yeterli ve SQLite'ın önerisidir.
Future<void> createTables(Database db) async {
  await db.execute('CREATE TABLE drafts(id INTEGER PRIMARY KEY, body TEXT)');
  // Bildirim id'leri olarak kullanılacak: silinen id tekrar verilmesin
  await db.execute(
      'CREATE TABLE reminders(id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT, at INTEGER)');
}
""")

R(S, "zor", "code", "drift ile tanımlı Todos tablosuna yeni sürümde dueDate sütunu ekle; mevcut kullanıcıların verisi kaybolmadan migration yap.", [
    "drift'te tabloya sutun ekleyince mevcut veritabani icin migration nasil yazilir?",
    "schemaVersion'ı artırıp eski veritabanına yeni sütunu ekleyen bir drift göçü yaz.",
], ["MigrationStrategy", "addColumn", "schemaVersion"], r"""
// pubspec.yaml: drift, drift_flutter (dev: drift_dev, build_runner)
// part 'app_database.g.dart';
class Todos extends Table {
  IntColumn get id => integer().autoIncrement()();
  TextColumn get title => text()();
  DateTimeColumn get dueDate => dateTime().nullable()(); // v2'de eklendi: eski satırlar null
}

@DriftDatabase(tables: [Todos])
class AppDatabase extends _$AppDatabase {
  AppDatabase(QueryExecutor executor) : super(executor);

  @override
  int get schemaVersion => 2; // 1'den 2'ye yükseltildi

  @override
  MigrationStrategy get migration => MigrationStrategy(
        onCreate: (m) => m.createAll(), // yeni kurulum: tablolar son haliyle
        onUpgrade: (m, from, to) async {
          if (from < 2) {
            await m.addColumn(todos, todos.dueDate);
          }
          // v3 geldiğinde: if (from < 3) { ... } şeklinde sırayla devam et
        },
      );
}
""")

R(S, "orta", "code", "Resim önbelleği klasörü 50 MB'ı geçince en uzun süredir kullanılmayan dosyalardan başlayarak silinsin.", [
    "Onbellek klasoru belli bir boyutu gecince en eski dosyalari nasil silerim?",
    "Boyut sınırını aşan önbellekte en eski kullanılan dosyaları silen bir temizlik fonksiyonu yaz.",
], ["stat", "delete", "sort"], r"""
// dart:io
// Önbellekten bir dosya her okunduğunda: await file.setLastModified(DateTime.now());
// Böylece 'değiştirilme zamanı' son kullanım zamanı olur (erişim zamanı birçok
// cihazda güncellenmez).
Future<void> trimCache(Directory dir, {int maxBytes = 50 * 1024 * 1024}) async {
  if (!await dir.exists()) return;
  final entries = <(File, FileStat)>[];
  await for (final e in dir.list(recursive: true)) {
    if (e is File) entries.add((e, await e.stat()));
  }
  var total = entries.fold<int>(0, (sum, e) => sum + e.$2.size);
  if (total <= maxBytes) return;

  entries.sort((a, b) => a.$2.modified.compareTo(b.$2.modified)); // en eski başta
  for (final (file, stat) in entries) {
    if (total <= maxBytes) break;
    try {
      await file.delete();
      total -= stat.size;
    } on FileSystemException catch (e) {
      debugPrint('Silinemedi: ${file.path} ($e)');
    }
  }
}
""", api_free=True)

R(S, "orta", "code", "Kilo takibi: her gün girilen kiloyu tarihiyle cihazda sakla; aynı güne ikinci kez girilirse eskisinin üzerine yazsın, grafik için tarih sırasıyla geri oku.", [
    "Gunluk kilo kayitlarini tarihle birlikte cihazda nasil saklarim, ayni gun tekrar girilirse guncellensin?",
    "Tarihli ölçüm listesini JSON olarak kaydeden ve sıralı okuyan küçük bir depo sınıfı yaz.",
], ["jsonEncode", "jsonDecode", "setString"], r"""
// pubspec.yaml: shared_preferences
class WeightEntry {
  WeightEntry(this.day, this.kg);
  final DateTime day; // sadece tarih kısmı
  final double kg;

  Map<String, dynamic> toJson() => {'day': day.toIso8601String(), 'kg': kg};
  factory WeightEntry.fromJson(Map<String, dynamic> j) =>
      WeightEntry(DateTime.parse(j['day'] as String), (j['kg'] as num).toDouble());
}

class WeightLog {
  static const _key = 'weight_log';

  Future<List<WeightEntry>> all() async {
    final prefs = await SharedPreferences.getInstance();
    final raw = prefs.getString(_key);
    if (raw == null) return [];
    final list = (jsonDecode(raw) as List)
        .map((e) => WeightEntry.fromJson(e as Map<String, dynamic>))
        .toList();
    return list..sort((a, b) => a.day.compareTo(b.day));
  }

  Future<void> add(double kg, {DateTime? date}) async {
    final d = date ?? DateTime.now();
    final day = DateTime(d.year, d.month, d.day);
    final list = await all()
      ..removeWhere((e) => e.day == day) // aynı günün eski kaydı
      ..add(WeightEntry(day, kg));
    final prefs = await SharedPreferences.getInstance();
    await prefs.setString(_key, jsonEncode(list.map((e) => e.toJson()).toList()));
  }
}
""", api_free=True)

# ---------------------------------------------------------------- widgets_layout
R(W, "kolay", "code", "Ayarlar sayfasında 'Hesap', 'Bildirimler' gibi başlıklı gruplar olsun; her grup yuvarlak köşeli bir kutu içinde, satırlar arasında ince çizgi bulunsun.", [
    "Ayarlar ekranini iOS'taki gibi baslikli gruplar halinde nasil duzenlerim?",
    "Başlığı ve kutu içinde alt alta satırları olan tekrar kullanılabilir bir ayar grubu bileşeni yap.",
], ["Card", "Divider", "ListTile"], r"""
class SettingsGroup extends StatelessWidget {
  const SettingsGroup({super.key, required this.title, required this.children});
  final String title;
  final List<Widget> children;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Padding(
          padding: const EdgeInsets.fromLTRB(28, 24, 16, 8),
          child: Text(title, style: theme.textTheme.labelLarge?.copyWith(color: theme.colorScheme.primary)),
        ),
        Card(
          margin: const EdgeInsets.symmetric(horizontal: 16),
          clipBehavior: Clip.antiAlias, // dokunma efekti köşelerden taşmasın
          child: Column(
            children: [
              for (var i = 0; i < children.length; i++) ...[
                children[i],
                if (i < children.length - 1) const Divider(height: 1, indent: 56),
              ],
            ],
          ),
        ),
      ],
    );
  }
}

class SettingsPage extends StatelessWidget {
  const SettingsPage({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          SettingsGroup(title: 'Hesap', children: [
            ListTile(leading: const Icon(Icons.person_outline), title: const Text('Profil'), onTap: () {}),
            ListTile(leading: const Icon(Icons.lock_outline), title: const Text('Şifre'), onTap: () {}),
          ]),
          SettingsGroup(title: 'Bildirimler', children: [
            ListTile(
              leading: const Icon(Icons.notifications_none),
              title: const Text('Bildirim sesi'),
              trailing: const Text('Varsayılan'),
              onTap: () {},
            ),
          ]),
        ],
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "code", "Kayıt formunun üstünde 4 parçalı bir ilerleme çubuğu olsun; tamamlanan adımların parçaları dolu renkte, kalanlar gri görünsün.", [
    "Kayit formunun ustunde adimlara bolunmus bir ilerleme cubugu nasil gosteririm?",
    "Toplam ve tamamlanan adım sayısını alıp eşit parçalı bir ilerleme göstergesi çizen widget yaz.",
], ["Row", "Expanded"], r"""
class SegmentedProgress extends StatelessWidget {
  const SegmentedProgress({super.key, required this.total, required this.completed, this.height = 6});
  final int total;
  final int completed;
  final double height;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Row(
          children: [
            for (var i = 0; i < total; i++) ...[
              if (i > 0) const SizedBox(width: 4),
              // Her parça kalan genişliği eşit paylaşır
              Expanded(
                child: AnimatedContainer(
                  duration: const Duration(milliseconds: 250),
                  height: height,
                  decoration: BoxDecoration(
                    color: i < completed ? scheme.primary : scheme.surfaceContainerHighest,
                    borderRadius: BorderRadius.circular(height / 2),
                  ),
                ),
              ),
            ],
          ],
        ),
        const SizedBox(height: 6),
        Text('Adım ${completed.clamp(1, total)}/$total', style: Theme.of(context).textTheme.bodySmall),
      ],
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "Hesap makinesi gibi 4 sütunlu, ekranın alt kısmını eşit boyutlu tuşlarla dolduran bir tuş takımı yap; '0' tuşu iki sütun genişliğinde olsun.", [
    "Hesap makinesi tuslarini esit boyutta ve 0 tusu iki kat genis olacak sekilde nasil dizerim?",
    "Satır ve sütunları eşit paylaşan, bir tuşu iki hücre kaplayan bir tuş takımı düzeni yaz.",
], ["Expanded", "flex"], r"""
class CalculatorPad extends StatelessWidget {
  const CalculatorPad({super.key, required this.onKey});
  final ValueChanged<String> onKey;

  static const _rows = [
    ['C', '±', '%', '÷'],
    ['7', '8', '9', '×'],
    ['4', '5', '6', '−'],
    ['1', '2', '3', '+'],
  ];

  Widget _key(String label, {int flex = 1}) {
    return Expanded(
      flex: flex, // '0' için 2: iki sütun kaplar
      child: Padding(
        padding: const EdgeInsets.all(4),
        child: FilledButton.tonal(
          onPressed: () => onKey(label),
          style: FilledButton.styleFrom(
            padding: EdgeInsets.zero,
            shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(16)),
          ),
          child: Text(label, style: const TextStyle(fontSize: 24)),
        ),
      ),
    );
  }

  Widget _row(List<Widget> keys) => Expanded(
        // stretch: tuşlar satırın tüm yüksekliğini doldursun
        child: Row(crossAxisAlignment: CrossAxisAlignment.stretch, children: keys),
      );

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        for (final r in _rows) _row([for (final k in r) _key(k)]),
        _row([_key('0', flex: 2), _key(','), _key('=')]),
      ],
    );
  }
}

// Kullanım: Column(children: [Expanded(child: ekran), Expanded(flex: 2, child: CalculatorPad(onKey: ...))])
""", api_free=True)

R(W, "orta", "code", "Cüzdan uygulamasındaki gibi banka kartları üst üste binerek dizilsin; her kart bir öncekinin 60 piksel altından başlasın, en alttaki en önde görünsün.", [
    "Kartlari ust uste bindirerek basamakli sekilde nasil gosteririm?",
    "Banka kartlarını kademeli olarak üst üste yığan bir cüzdan görünümü yaz.",
], ["Stack", "Positioned"], r"""
class WalletCardData {
  const WalletCardData(this.bank, this.last4, this.color);
  final String bank;
  final String last4;
  final Color color;
}

class WalletStack extends StatelessWidget {
  const WalletStack({super.key, required this.cards, this.peek = 60, this.cardHeight = 190});
  final List<WalletCardData> cards;
  final double peek;
  final double cardHeight;

  @override
  Widget build(BuildContext context) {
    // Stack'in yüksekliği: son kartın başladığı yer + kart yüksekliği
    return SizedBox(
      height: cardHeight + (cards.length - 1) * peek,
      child: Stack(
        children: [
          // Listede sonra gelen çocuk üstte çizilir
          for (var i = 0; i < cards.length; i++)
            Positioned(
              top: i * peek,
              left: 0,
              right: 0,
              height: cardHeight,
              child: _WalletCard(data: cards[i]),
            ),
        ],
      ),
    );
  }
}

class _WalletCard extends StatelessWidget {
  const _WalletCard({required this.data});
  final WalletCardData data;

  @override
  Widget build(BuildContext context) {
    return Container(
      padding: const EdgeInsets.all(20),
      decoration: BoxDecoration(
        color: data.color,
        borderRadius: BorderRadius.circular(20),
        boxShadow: const [BoxShadow(color: Colors.black26, blurRadius: 12, offset: Offset(0, -2))],
      ),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(data.bank, style: const TextStyle(color: Colors.white, fontSize: 18)),
          const Spacer(),
          Text('•••• ${data.last4}', style: const TextStyle(color: Colors.white, letterSpacing: 2)),
        ],
      ),
    );
  }
}
""", api_free=True)

R(W, "zor", "code", "Etkinlik bileti gibi iki yanında yarım daire oyuklar olan, gölgeli bir kart şekli yap; oyukların hizasında kesik olmayan ince bir ayırıcı çizgi olsun.", [
    "Kenarlarinda yarim daire oyuk olan bilet seklinde kart nasil cizilir?",
    "Yanlarından yuvarlak kesilmiş bilet görünümlü, gölgeli bir kart widget'ı yaz.",
], ["CustomClipper", "Path.combine", "PhysicalShape | ClipPath"], r"""
class TicketClipper extends CustomClipper<Path> {
  const TicketClipper({this.notchRadius = 12, this.notchAt = 0.62});
  final double notchRadius;
  final double notchAt; // oyukların yüksekliğe oranla yeri

  @override
  Path getClip(Size size) {
    final y = size.height * notchAt;
    final body = Path()..addRRect(RRect.fromRectAndRadius(Offset.zero & size, const Radius.circular(16)));
    final notches = Path()
      ..addOval(Rect.fromCircle(center: Offset(0, y), radius: notchRadius))
      ..addOval(Rect.fromCircle(center: Offset(size.width, y), radius: notchRadius));
    // Gövdeden iki daireyi çıkar
    return Path.combine(PathOperation.difference, body, notches);
  }

  @override
  bool shouldReclip(TicketClipper oldClipper) =>
      oldClipper.notchRadius != notchRadius || oldClipper.notchAt != notchAt;
}

class EventTicket extends StatelessWidget {
  const EventTicket({super.key, required this.title, required this.date, required this.seat});
  final String title;
  final String date;
  final String seat;

  @override
  Widget build(BuildContext context) {
    // PhysicalShape: hem kırpar hem de şeklin kendisine uygun gölge çizer (ClipPath gölge çizmez)
    return PhysicalShape(
      clipper: const TicketClipper(),
      color: Theme.of(context).colorScheme.surfaceContainerLow,
      elevation: 4,
      child: SizedBox(
        height: 180,
        child: Column(
          children: [
            Expanded(
              flex: 62,
              child: ListTile(title: Text(title), subtitle: Text(date)),
            ),
            const Divider(height: 1, indent: 20, endIndent: 20),
            Expanded(flex: 38, child: Center(child: Text('Koltuk: $seat'))),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "code", "Sohbet ekranındaki AppBar'da kişinin adının altında küçük yazıyla 'çevrimiçi' durumu, solunda da avatarı görünsün.", [
    "AppBar basliginin altina kucuk bir alt baslik (cevrimici) nasil eklerim?",
    "Üst çubuğa avatar, isim ve altında küçük durum yazısı olan iki satırlı başlık koy.",
], ["AppBar", "Column"], r"""
class ChatAppBar extends StatelessWidget implements PreferredSizeWidget {
  const ChatAppBar({super.key, required this.name, required this.status, this.avatarUrl});
  final String name;
  final String status;
  final String? avatarUrl;

  @override
  Size get preferredSize => const Size.fromHeight(kToolbarHeight);

  @override
  Widget build(BuildContext context) {
    final text = Theme.of(context).textTheme;
    return AppBar(
      titleSpacing: 0, // geri okunun hemen yanından başlasın
      title: Row(
        children: [
          CircleAvatar(
            radius: 18,
            backgroundImage: avatarUrl == null ? null : NetworkImage(avatarUrl!),
            child: avatarUrl == null ? Text(name[0]) : null,
          ),
          const SizedBox(width: 10),
          Expanded(
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              mainAxisSize: MainAxisSize.min,
              children: [
                Text(name, style: text.titleMedium, overflow: TextOverflow.ellipsis),
                Text(status, style: text.bodySmall),
              ],
            ),
          ),
        ],
      ),
    );
  }
}

// Kullanım: Scaffold(appBar: const ChatAppBar(name: 'Ayşe', status: 'çevrimiçi'), ...)
""")

R(W, "kolay", "code", "Profil sayfasında Gönderi, Takipçi ve Takip sayıları yan yana dursun; her sayının altında küçük yazıyla etiketi olsun.", [
    "Profilde takipci ve gonderi sayilarini yan yana, altinda etiketiyle nasil gosteririm?",
    "Sayı üstte, etiket altta olacak şekilde üç istatistiği eşit aralıklarla dizen bir satır yap.",
], ["Row", "Column", "MainAxisAlignment.spaceAround | MainAxisAlignment.spaceEvenly | Expanded"], r"""
class ProfileStats extends StatelessWidget {
  const ProfileStats({super.key, required this.posts, required this.followers, required this.following});
  final int posts;
  final int followers;
  final int following;

  @override
  Widget build(BuildContext context) {
    return Row(
      mainAxisAlignment: MainAxisAlignment.spaceAround,
      children: [
        _Stat(value: posts, label: 'Gönderi'),
        _Stat(value: followers, label: 'Takipçi'),
        _Stat(value: following, label: 'Takip'),
      ],
    );
  }
}

class _Stat extends StatelessWidget {
  const _Stat({required this.value, required this.label});
  final int value;
  final String label;

  @override
  Widget build(BuildContext context) {
    final text = Theme.of(context).textTheme;
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        Text('$value', style: text.titleLarge?.copyWith(fontWeight: FontWeight.bold)),
        Text(label, style: text.bodySmall),
      ],
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "İçi şeffaf kalan, kenarlığı mordan turuncuya renk geçişli ve köşeleri yuvarlak bir çerçeve çiz; arkadaki resim içinden görünsün.", [
    "Ici bos, sadece kenarligi gradyan olan yuvarlak koseli cerceve nasil cizerim?",
    "Arka planı boyamadan sadece kenarı renk geçişli çizgiyle çizen bir çerçeve widget'ı yaz.",
], ["CustomPainter", "createShader", "PaintingStyle.stroke"], r"""
class GradientOutline extends StatelessWidget {
  const GradientOutline({super.key, required this.child, this.strokeWidth = 2, this.radius = 16});
  final Widget child;
  final double strokeWidth;
  final double radius;

  @override
  Widget build(BuildContext context) {
    return CustomPaint(
      // foregroundPainter: çizgi içeriğin üstünde kalsın
      foregroundPainter: _OutlinePainter(strokeWidth, radius),
      child: Padding(padding: EdgeInsets.all(strokeWidth), child: child),
    );
  }
}

class _OutlinePainter extends CustomPainter {
  _OutlinePainter(this.strokeWidth, this.radius);
  final double strokeWidth;
  final double radius;

  @override
  void paint(Canvas canvas, Size size) {
    final rect = Offset.zero & size;
    final paint = Paint()
      ..style = PaintingStyle.stroke // sadece kenar, iç boyanmaz
      ..strokeWidth = strokeWidth
      ..shader = const LinearGradient(colors: [Colors.purple, Colors.orange]).createShader(rect);
    // Çizgi kalınlığının yarısı kadar içeri al ki kenardan taşmasın
    final rrect = RRect.fromRectAndRadius(rect.deflate(strokeWidth / 2), Radius.circular(radius));
    canvas.drawRRect(rrect, paint);
  }

  @override
  bool shouldRepaint(_OutlinePainter old) => old.strokeWidth != strokeWidth || old.radius != radius;
}
""", api_free=True)

R(W, "orta", "code", "Açık gri zeminde, sol üstten ışık alıyormuş gibi kabarık görünen yumuşak gölgeli (neumorphism) bir buton yap; basılıyken içe göçmüş görünsün.", [
    "Neumorphism tarzi kabarik buton nasil yapilir, basinca ice gocsun?",
    "İki yönlü açık ve koyu gölgeyle kabarık duran, basınca gölgesi kaybolan yumuşak bir buton yaz.",
], ["BoxShadow", "onTapDown"], r"""
class SoftButton extends StatefulWidget {
  const SoftButton({super.key, required this.icon, required this.onTap});
  final IconData icon;
  final VoidCallback onTap;

  @override
  State<SoftButton> createState() => _SoftButtonState();
}

class _SoftButtonState extends State<SoftButton> {
  static const _base = Color(0xFFE0E5EC);
  bool _down = false;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTapDown: (_) => setState(() => _down = true),
      onTapUp: (_) => setState(() => _down = false),
      onTapCancel: () => setState(() => _down = false),
      onTap: widget.onTap,
      child: AnimatedContainer(
        duration: const Duration(milliseconds: 120),
        width: 72,
        height: 72,
        decoration: BoxDecoration(
          color: _base,
          borderRadius: BorderRadius.circular(20),
          // Sol üstte açık, sağ altta koyu gölge: yüzey kabarık görünür
          boxShadow: _down
              ? const []
              : const [
                  BoxShadow(color: Colors.white, offset: Offset(-6, -6), blurRadius: 12),
                  BoxShadow(color: Color(0xFFA3B1C6), offset: Offset(6, 6), blurRadius: 12),
                ],
        ),
        child: Icon(widget.icon, color: _down ? Colors.blueGrey : Colors.blueGrey.shade700),
      ),
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "Dosya yöneticisinde üstte 'Ana klasör > Belgeler > Faturalar' gibi tıklanabilir bir yol gösterilsin; sığmazsa yatay kaysın ve son klasör hep görünsün.", [
    "Klasor yolunu tiklanabilir parcalar halinde (breadcrumb) nasil gosteririm?",
    "Her parçasına basınca o klasöre dönen, uzunsa yana kayan bir klasör yolu çubuğu yaz.",
], ["SingleChildScrollView", "Row", "reverse"], r"""
class Breadcrumbs extends StatelessWidget {
  const Breadcrumbs({super.key, required this.parts, required this.onTap});
  final List<String> parts;
  final ValueChanged<int> onTap; // tıklanan parçanın indeksi

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return SingleChildScrollView(
      scrollDirection: Axis.horizontal,
      reverse: true, // taşarsa başlangıç konumu sağ uç olur: son klasör görünür
      padding: const EdgeInsets.symmetric(horizontal: 8),
      child: Row(
        children: [
          for (var i = 0; i < parts.length; i++) ...[
            if (i > 0) Icon(Icons.chevron_right, size: 18, color: scheme.outline),
            if (i == parts.length - 1)
              Padding(
                padding: const EdgeInsets.symmetric(horizontal: 8),
                child: Text(parts[i], style: const TextStyle(fontWeight: FontWeight.bold)),
              )
            else
              TextButton(onPressed: () => onTap(i), child: Text(parts[i])),
          ],
        ],
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "code", "Kullanıcı adının hemen yanında, yazının akışı içinde küçük mavi bir onay rozeti olsun; ad uzun olup alt satıra geçerse rozet de yazıyla birlikte aksın.", [
    "Metnin icine, satir akisina uyan kucuk bir ikon nasil eklerim?",
    "İsmin sonuna yazıyla birlikte satır atlayan doğrulanmış hesap ikonu koy.",
], ["WidgetSpan", "Text.rich | RichText"], r"""
class VerifiedName extends StatelessWidget {
  const VerifiedName({super.key, required this.name, this.verified = true});
  final String name;
  final bool verified;

  @override
  Widget build(BuildContext context) {
    // Row kullanılsaydı ikon hep en sağda kalırdı; WidgetSpan metnin bir parçası olur
    return Text.rich(
      TextSpan(
        text: name,
        style: Theme.of(context).textTheme.titleMedium,
        children: [
          if (verified)
            const WidgetSpan(
              alignment: PlaceholderAlignment.middle,
              child: Padding(
                padding: EdgeInsets.only(left: 4),
                child: Icon(Icons.verified, size: 16, color: Colors.blue),
              ),
            ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "concept", "Row içindeki bir widget'a SizedBox(width: double.infinity) verince neden hata alıyorum, Expanded ile farkı ne?", [
    "Row icinde double.infinity genislik neden hata veriyor, kalan alani nasil doldururum?",
    "Satırdaki bir öğeyi kalan genişliği dolduracak şekilde doğru yöntemle genişlet.",
], ["Expanded", "Row"], r"""
// Row, esnek olmayan çocuklarına yatayda SINIRSIZ genişlik verir ('ne kadar
// istiyorsan') ki önce onların doğal boyutunu ölçebilsin. double.infinity
// isteyen bir çocuk sonsuz genişliğe sahip olamaz: 'BoxConstraints forces an
// infinite width' hatası çıkar.
// Expanded (ve Flexible) ise çocuğa önce diğerleri yerleştikten sonra KALAN
// alanı sıkı bir kısıt olarak verir; çocuk tam o kadar genişler.
// Column'da aynı durum yükseklik için geçerlidir.
class SearchRow extends StatelessWidget {
  const SearchRow({super.key});

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        const Icon(Icons.search),
        const SizedBox(width: 8),
        // Yanlış: SizedBox(width: double.infinity, child: TextField())
        const Expanded(child: TextField()), // Doğru: kalan genişliği doldurur
        IconButton(onPressed: () {}, icon: const Icon(Icons.tune)),
      ],
    );
  }
}
""")

R(W, "kolay", "concept", "Container'a hem color hem decoration verince 'Cannot provide both a color and a decoration' hatası alıyorum; neden, doğrusu ne?", [
    "Container'da color ile decoration ayni anda neden kullanilamiyor?",
    "Rengi ve köşe yuvarlaklığı olan bir kutuyu hatasız şekilde yeniden yaz.",
], ["BoxDecoration", "decoration"], r"""
// Container'ın color parametresi aslında 'decoration: BoxDecoration(color: ...)'
// için bir kısayoldur. İkisi birlikte verilirse hangi arka planın geçerli
// olacağı belirsiz kalacağı için Container bunu assert ile reddeder.
// Çözüm: decoration kullanıyorsan rengi de BoxDecoration'ın içine taşı.
class Tag extends StatelessWidget {
  const Tag(this.label, {super.key});
  final String label;

  @override
  Widget build(BuildContext context) {
    return Container(
      padding: const EdgeInsets.symmetric(horizontal: 10, vertical: 4),
      // color: Colors.teal,  <- decoration varken burada olamaz
      decoration: BoxDecoration(
        color: Colors.teal, // renk buraya
        borderRadius: BorderRadius.circular(12),
      ),
      child: Text(label, style: const TextStyle(color: Colors.white)),
    );
  }
}
""")

R(W, "orta", "concept", "Duyarlı tasarımda genişliğe göre düzen seçerken MediaQuery mi yoksa LayoutBuilder mı kullanmalıyım, farkı ne?", [
    "Ekran genisligini MediaQuery ile mi LayoutBuilder ile mi olcmeliyim?",
    "Bulunduğu alana göre tek ya da iki sütun gösteren bir kartı LayoutBuilder ile yaz ve farkı açıkla.",
], ["LayoutBuilder", "MediaQuery.sizeOf | MediaQuery.of"], r"""
// MediaQuery.sizeOf(context): UYGULAMA PENCERESİNİN boyutu. Widget nerede
//   durursa dursun aynı değeri verir. Sayfa düzeyindeki kararlar için uygun
//   (alt menü mü yan menü mü?).
// LayoutBuilder: ebeveynin BU WİDGET'A verdiği kısıtlar. Widget bir split view'ın
//   dar paneline, bir dialog'a ya da Row'daki Expanded'a konursa gerçek
//   alanını bilir. Tekrar kullanılabilir bileşenler için doğru olan budur.
// Örnek: 1200 px ekranda 350 px'lik yan panele konan kart, MediaQuery'e
// bakarsa 'geniş' sanıp iki sütuna çalışır ve taşar; LayoutBuilder 350 görür.
class ProductSpecs extends StatelessWidget {
  const ProductSpecs({super.key, required this.left, required this.right});
  final Widget left;
  final Widget right;

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(builder: (context, constraints) {
      if (constraints.maxWidth >= 500) {
        return Row(crossAxisAlignment: CrossAxisAlignment.start, children: [
          Expanded(child: left),
          const SizedBox(width: 16),
          Expanded(child: right),
        ]);
      }
      return Column(children: [left, const SizedBox(height: 16), right]);
    });
  }
}

// Sayfa düzeyi karar: final wide = MediaQuery.sizeOf(context).width >= 840;
""")

R(W, "kolay", "code", "Sipariş özetinde solda kalem adları, sağda tutarları hizalı dursun; en altta üstünde çizgi olan kalın bir 'Toplam' satırı olsun.", [
    "Siparis ozetinde etiketleri sola, tutarlari saga hizali nasil dizerim?",
    "Ara toplam, kargo, indirim satırlarını ve en altta kalın toplamı gösteren bir özet kartı yap.",
], ["Row", "Expanded", "Divider"], r"""
class OrderSummary extends StatelessWidget {
  const OrderSummary({super.key, required this.lines});
  final List<(String, double)> lines; // (etiket, tutar)

  String _money(double v) => '${v.toStringAsFixed(2).replaceAll('.', ',')} ₺';

  Widget _row(String label, double amount, {TextStyle? style}) {
    return Padding(
      padding: const EdgeInsets.symmetric(vertical: 4),
      child: Row(
        children: [
          Expanded(child: Text(label, style: style)), // etiket kalan alanı alır
          Text(_money(amount), style: style), // tutar sağa yaslanır
        ],
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    final total = lines.fold<double>(0, (sum, l) => sum + l.$2);
    const bold = TextStyle(fontWeight: FontWeight.bold, fontSize: 16);
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          children: [
            for (final (label, amount) in lines) _row(label, amount),
            const Divider(height: 24),
            _row('Toplam', total, style: bold),
          ],
        ),
      ),
    );
  }
}

// Kullanım: OrderSummary(lines: [('Ara toplam', 420), ('Kargo', 29.9), ('İndirim', -50)])
""", api_free=True)

R(W, "orta", "code", "Bilgi kutusu yap: sol kenarında kalın renkli bir şerit, içinde ikon ve metin olsun; türüne göre (bilgi, uyarı, hata) renk değişsin, köşeler yuvarlak olsun.", [
    "Sol kenarinda renkli serit olan yuvarlak koseli uyari kutusu nasil yaparim?",
    "Türüne göre renklenen, solunda kalın çizgi olan bir bilgi/uyarı kutusu bileşeni yaz.",
], ["ClipRRect", "BorderSide"], r"""
enum CalloutKind { info, warning, error }

class Callout extends StatelessWidget {
  const Callout({super.key, required this.kind, required this.message});
  final CalloutKind kind;
  final String message;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final (Color stripe, Color bg, IconData icon) = switch (kind) {
      CalloutKind.info => (scheme.primary, scheme.primaryContainer, Icons.info_outline),
      CalloutKind.warning => (Colors.amber.shade700, Colors.amber.shade50, Icons.warning_amber),
      CalloutKind.error => (scheme.error, scheme.errorContainer, Icons.error_outline),
    };
    // Tek kenarlı Border ile borderRadius birlikte verilemez;
    // köşeleri dışarıdan ClipRRect ile yuvarlatıyoruz.
    return ClipRRect(
      borderRadius: BorderRadius.circular(12),
      child: Container(
        padding: const EdgeInsets.all(12),
        decoration: BoxDecoration(
          color: bg,
          border: Border(left: BorderSide(color: stripe, width: 5)),
        ),
        child: Row(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Icon(icon, color: stripe),
            const SizedBox(width: 12),
            Expanded(child: Text(message)),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "Arkada tam ekran bir harita görseli olsun; ekranın alt yarısını üst köşeleri yuvarlak, gölgeli beyaz bir bilgi paneli kaplasın.", [
    "Arka plani kaplayan resmin ustunde ekranin alt yarisini kaplayan panel nasil yaparim?",
    "Tam ekran arka planın üzerine, yüksekliği ekranın yarısı olan yuvarlak köşeli bir alt panel yerleştir.",
], ["Stack", "FractionallySizedBox", "BorderRadius.vertical | BorderRadius.only"], r"""
class MapWithPanel extends StatelessWidget {
  const MapWithPanel({super.key, required this.panel});
  final Widget panel;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Scaffold(
      body: Stack(
        children: [
          Positioned.fill(
            child: Image.asset('assets/images/map.png', fit: BoxFit.cover),
          ),
          Align(
            alignment: Alignment.bottomCenter,
            // Ebeveyn yüksekliğinin yarısı, tam genişlik
            child: FractionallySizedBox(
              heightFactor: 0.5,
              widthFactor: 1,
              child: Container(
                padding: const EdgeInsets.fromLTRB(20, 12, 20, 0),
                decoration: BoxDecoration(
                  color: scheme.surface,
                  borderRadius: const BorderRadius.vertical(top: Radius.circular(24)),
                  boxShadow: const [BoxShadow(color: Colors.black26, blurRadius: 16)],
                ),
                child: SafeArea(top: false, child: panel),
              ),
            ),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "code", "Kişi detay ekranında 'Ara', 'Mesaj', 'Paylaş' butonları yan yana dursun; her birinde yuvarlak ikon ve altında küçük yazısı olsun.", [
    "Ikonun altinda yazisi olan yan yana buton grubu nasil yaparim?",
    "Üstte yuvarlak ikonlu, altta etiketli üç eylem butonunu eşit aralıklarla diz.",
], ["Column", "Row", "onPressed | onTap"], r"""
class ContactActions extends StatelessWidget {
  const ContactActions({super.key, required this.onCall, required this.onMessage, required this.onShare});
  final VoidCallback onCall;
  final VoidCallback onMessage;
  final VoidCallback onShare;

  @override
  Widget build(BuildContext context) {
    return Row(
      mainAxisAlignment: MainAxisAlignment.spaceEvenly,
      children: [
        _ActionButton(icon: Icons.call, label: 'Ara', onPressed: onCall),
        _ActionButton(icon: Icons.message_outlined, label: 'Mesaj', onPressed: onMessage),
        _ActionButton(icon: Icons.share_outlined, label: 'Paylaş', onPressed: onShare),
      ],
    );
  }
}

class _ActionButton extends StatelessWidget {
  const _ActionButton({required this.icon, required this.label, required this.onPressed});
  final IconData icon;
  final String label;
  final VoidCallback onPressed;

  @override
  Widget build(BuildContext context) {
    return Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        IconButton.filledTonal(onPressed: onPressed, icon: Icon(icon), iconSize: 26),
        const SizedBox(height: 4),
        Text(label, style: Theme.of(context).textTheme.labelMedium),
      ],
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "İki buton yan yana ve sağa yaslı dursun; ekran dar olduğunda ya da yazılar uzun olunca taşmak yerine otomatik olarak alt alta geçsin.", [
    "Butonlar sigmazsa kendiliginden alt alta gecen bir buton satiri nasil yaparim?",
    "Sığdığında yan yana, sığmadığında alt alta dizilen bir buton grubu yaz.",
], ["OverflowBar"], r"""
class ConsentActions extends StatelessWidget {
  const ConsentActions({super.key, required this.onLater, required this.onAccept});
  final VoidCallback onLater;
  final VoidCallback onAccept;

  @override
  Widget build(BuildContext context) {
    // OverflowBar: çocuklar yatayda sığarsa Row gibi, sığmazsa Column gibi dizilir
    return OverflowBar(
      alignment: MainAxisAlignment.end,
      spacing: 8, // yan yanayken aradaki boşluk
      overflowSpacing: 8, // alt alta geçince aradaki boşluk
      overflowAlignment: OverflowBarAlignment.end,
      children: [
        TextButton(onPressed: onLater, child: const Text('Daha sonra hatırlat')),
        FilledButton(onPressed: onAccept, child: const Text('Tüm çerezleri kabul et')),
      ],
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "Alt menü ekranın kenarlarından boşluklu, yuvarlak köşeli ve yüzer gibi dursun; sayfa içeriği menünün arkasından kaysın.", [
    "Yuzen, kenarlardan bosluklu ve yuvarlak koseli alt menu nasil yapilir?",
    "İçeriğin arkasından göründüğü, hap şeklinde yüzen bir alt gezinme çubuğu yap.",
], ["extendBody", "NavigationBar"], r"""
class FloatingNavPage extends StatefulWidget {
  const FloatingNavPage({super.key});

  @override
  State<FloatingNavPage> createState() => _FloatingNavPageState();
}

class _FloatingNavPageState extends State<FloatingNavPage> {
  int _index = 0;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Scaffold(
      extendBody: true, // body, alt menünün arkasına kadar uzansın
      body: ListView.builder(
        padding: const EdgeInsets.only(bottom: 110), // son öğe menünün altında kalmasın
        itemCount: 40,
        itemBuilder: (context, i) => ListTile(title: Text('Öğe $i')),
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.fromLTRB(24, 0, 24, 12),
          child: Material(
            elevation: 8,
            color: scheme.surfaceContainer,
            borderRadius: BorderRadius.circular(32),
            clipBehavior: Clip.antiAlias,
            child: NavigationBar(
              height: 64,
              elevation: 0,
              backgroundColor: Colors.transparent,
              selectedIndex: _index,
              onDestinationSelected: (i) => setState(() => _index = i),
              destinations: const [
                NavigationDestination(icon: Icon(Icons.home_outlined), label: 'Ana sayfa'),
                NavigationDestination(icon: Icon(Icons.favorite_border), label: 'Favoriler'),
                NavigationDestination(icon: Icon(Icons.person_outline), label: 'Profil'),
              ],
            ),
          ),
        ),
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "code", "Kart içindeki uzun açıklama en fazla 200 piksel yükseklikte olsun; daha uzunsa sayfa değil, kartın içi kaydırılsın.", [
    "Kartin icindeki uzun metnin yuksekligini sinirlayip icinde kaydirma nasil yaparim?",
    "Açıklama alanını 200 piksel ile sınırla ve taşan kısmı kendi içinde kaydırılabilir yap.",
], ["ConstrainedBox", "maxHeight", "SingleChildScrollView"], r"""
class DescriptionCard extends StatelessWidget {
  const DescriptionCard({super.key, required this.title, required this.description});
  final String title;
  final String description;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          mainAxisSize: MainAxisSize.min,
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(title, style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 8),
            // Kısa metinde kendi boyu kadar, uzunsa en fazla 200 px
            ConstrainedBox(
              constraints: const BoxConstraints(maxHeight: 200),
              child: Scrollbar(
                child: SingleChildScrollView(child: Text(description)),
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

# ---------------------------------------------------------------- theming (2)
R(T, "kolay", "code", "Tüm form alanlarında ipucu yazıları italik ve soluk, etiketler ise kalın olsun; her alana tek tek stil vermeyeyim.", [
    "TextField'larin hint ve label yazi stilini butun uygulamada nasil ayarlarim?",
    "Form alanlarının ipucu ve etiket yazılarını tek yerden, tema üzerinden biçimlendir.",
], ["InputDecorationTheme", "hintStyle", "labelStyle"], r"""
ThemeData formTextTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.blueGrey);
  return ThemeData(
    colorScheme: scheme,
    inputDecorationTheme: InputDecorationTheme(
      hintStyle: TextStyle(
        fontStyle: FontStyle.italic,
        color: scheme.onSurfaceVariant.withValues(alpha: 0.6),
      ),
      labelStyle: const TextStyle(fontWeight: FontWeight.w600),
      // Etiket yukarı çıktığında (alan odaklı ya da doluyken) kullanılan stil
      floatingLabelStyle: TextStyle(fontWeight: FontWeight.w700, color: scheme.primary),
      border: const OutlineInputBorder(),
    ),
  );
}

// Artık: TextField(decoration: InputDecoration(labelText: 'E-posta', hintText: 'ornek@site.com'))
""", api_free=True)

R(T, "kolay", "code", "Kendi yaptığım kartların gölgesi koyu temada da doğal görünsün; gölgenin rengi ve yoğunluğu temaya göre ayarlansın.", [
    "Ozel kartimin golgesi koyu modda gorunmuyor, golgeyi temaya gore nasil ayarlarim?",
    "Açık ve koyu temada farklı yoğunlukta, rengi temadan gelen gölgeli bir kart bileşeni yaz.",
], ["BoxShadow", "Brightness.dark"], r"""
class ThemedShadowCard extends StatelessWidget {
  const ThemedShadowCard({super.key, required this.child});
  final Widget child;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final isDark = theme.brightness == Brightness.dark;
    return Container(
      padding: const EdgeInsets.all(16),
      decoration: BoxDecoration(
        color: theme.colorScheme.surfaceContainerLow,
        borderRadius: BorderRadius.circular(16),
        boxShadow: [
          // Koyu zeminde gölge ancak daha yoğun ve geniş olursa seçilir
          BoxShadow(
            color: theme.colorScheme.shadow.withValues(alpha: isDark ? 0.6 : 0.12),
            blurRadius: isDark ? 20 : 12,
            offset: Offset(0, isDark ? 6 : 4),
          ),
        ],
      ),
      child: child,
    );
  }
}
""", api_free=True)

R(T, "zor", "code", "Sadece okuma ekranında yazılar 1.3 kat büyük görünsün, uygulamanın diğer ekranları etkilenmesin; kullanıcının sistemdeki yazı boyutu ayarı da hesaba katılsın.", [
    "Tek bir ekranda yazi boyutunu sistem ayarinin ustune 1.3 kat buyutmek icin ne yapmaliyim?",
    "Bir alt ağaçtaki tüm metinleri, sistem ölçeğini koruyarak ek bir katsayıyla büyüt.",
], ["MediaQuery", "textScaler"], r"""
// Sistemin ölçekleyicisini (doğrusal olmayabilir) bozmadan üstüne katsayı uygular
class _MultipliedTextScaler extends TextScaler {
  const _MultipliedTextScaler(this.base, this.factor);
  final TextScaler base;
  final double factor;

  @override
  double scale(double fontSize) => base.scale(fontSize) * factor;

  @override
  // ignore: deprecated_member_use
  double get textScaleFactor => base.textScaleFactor * factor;

  @override
  bool operator ==(Object other) =>
      other is _MultipliedTextScaler && other.base == base && other.factor == factor;

  @override
  int get hashCode => Object.hash(base, factor);
}

class LargerText extends StatelessWidget {
  const LargerText({super.key, required this.child, this.factor = 1.3});
  final Widget child;
  final double factor;

  @override
  Widget build(BuildContext context) {
    final mq = MediaQuery.of(context);
    // Yalnızca bu alt ağaçtaki Text'ler yeni ölçeği görür
    return MediaQuery(
      data: mq.copyWith(textScaler: _MultipliedTextScaler(mq.textScaler, factor)),
      child: child,
    );
  }
}

// Kullanım: LargerText(child: ReaderPage(article: article))
""", api_free=True)

R(T, "orta", "code", "CupertinoApp kullanan uygulamada büyük sayfa başlığının ve gezinme çubuğu başlığının yazı stilini CupertinoThemeData ile değiştir.", [
    "iOS tarzi uygulamada buyuk baslik (large title) fontunu tema ile nasil degistiririm?",
    "Cupertino gezinme çubuğundaki büyük ve küçük başlık yazılarını temadan kalın ve renkli yap.",
], ["CupertinoTextThemeData", "navLargeTitleTextStyle"], r"""
const notesCupertinoTheme = CupertinoThemeData(
  primaryColor: CupertinoColors.systemIndigo,
  textTheme: CupertinoTextThemeData(
    // Kaydırınca küçülen büyük başlık
    navLargeTitleTextStyle: TextStyle(
      fontSize: 34,
      fontWeight: FontWeight.w800,
      color: CupertinoColors.systemIndigo,
    ),
    // Çubuğun ortasındaki normal başlık
    navTitleTextStyle: TextStyle(
      fontSize: 17,
      fontWeight: FontWeight.w600,
      color: CupertinoColors.label,
    ),
  ),
);

class NotesCupertinoApp extends StatelessWidget {
  const NotesCupertinoApp({super.key});

  @override
  Widget build(BuildContext context) {
    return CupertinoApp(
      theme: notesCupertinoTheme,
      home: CupertinoPageScaffold(
        child: CustomScrollView(
          slivers: [
            const CupertinoSliverNavigationBar(largeTitle: Text('Notlar')),
            SliverList.builder(
              itemCount: 30,
              itemBuilder: (context, i) => CupertinoListTile(title: Text('Not ${i + 1}')),
            ),
          ],
        ),
      ),
    );
  }
}
""")

R(T, "orta", "concept", "ColorScheme.fromSwatch ile ColorScheme.fromSeed arasındaki fark nedir, hangisini kullanmalıyım?", [
    "fromSwatch mi fromSeed mi, Material 3 uygulamada renk semasini hangisiyle kurmaliyim?",
    "Eski primarySwatch ile kurulan renk şemasını Material 3'e uygun fromSeed kullanımına çevir.",
], ["ColorScheme.fromSeed", "ColorScheme.fromSwatch"], r"""
// fromSwatch: Material 2 döneminden. Bir MaterialColor'ın (Colors.blue gibi)
//   tonlarından primary/secondary gibi temel renkleri seçer. Material 3'ün
//   primaryContainer, surfaceContainer*, tertiary gibi rollerini gerçek bir
//   algoritmayla üretmez; çoğu varsayılan ya da birbirinin kopyası kalır.
// fromSeed: Material 3 algoritması. Tek renkten ton paletleri üretir, tüm
//   rolleri doldurur ve açık/koyu temada okunaklı kontrast sağlar.
// Material 3 kullanan yeni kodda fromSeed tercih edilir.

// Eski
final legacyTheme = ThemeData(
  colorScheme: ColorScheme.fromSwatch(primarySwatch: Colors.teal),
);

// Yeni
final lightTheme = ThemeData(
  colorScheme: ColorScheme.fromSeed(seedColor: Colors.teal),
);
final darkTheme = ThemeData(
  colorScheme: ColorScheme.fromSeed(seedColor: Colors.teal, brightness: Brightness.dark),
);
""")

R(T, "orta", "concept", "ThemeData'ya brightness: Brightness.dark ile birlikte ColorScheme.fromSeed verince 'brightness does not match' assertion hatası alıyorum; neden?", [
    "Koyu tema tanimlarken ThemeData brightness ile colorScheme brightness uyusmuyor hatasi nasil cozulur?",
    "Koyu temayı, parlaklıkları çakışmayacak şekilde doğru biçimde tanımla.",
], ["ColorScheme.fromSeed", "Brightness.dark"], r"""
// ThemeData, kendi brightness değeriyle colorScheme.brightness'ın aynı olmasını
// assert ile kontrol eder. ColorScheme.fromSeed'e brightness vermezsen AÇIK
// şema üretir; ThemeData'ya ise brightness: Brightness.dark dediğin için
// ikisi çelişir.
// Çözüm: parlaklığı şemaya ver; ThemeData'daki brightness'ı kaldır
// (ThemeData onu şemadan alır).

// Hatalı:
// ThemeData(brightness: Brightness.dark, colorScheme: ColorScheme.fromSeed(seedColor: Colors.orange))

// Doğru:
final darkTheme = ThemeData(
  colorScheme: ColorScheme.fromSeed(
    seedColor: Colors.orange,
    brightness: Brightness.dark,
  ),
);

// Ya da kısaca (ThemeData şemayı kendisi koyu üretir):
final darkTheme2 = ThemeData(colorSchemeSeed: Colors.orange, brightness: Brightness.dark);
""")

R(T, "kolay", "code", "Uygulamadaki tüm açma/kapama anahtarlarının topuzunda açıkken tik, kapalıyken çarpı ikonu görünsün.", [
    "Switch'lerin icinde acikken tik kapaliyken carpi gosterecek sekilde temayi nasil ayarlarim?",
    "Bütün anahtarların topuzuna duruma göre ikon koyan bir tema ayarı yaz.",
], ["thumbIcon", "WidgetState.selected"], r"""
ThemeData switchIconTheme() {
  return ThemeData(
    colorSchemeSeed: Colors.green,
    switchTheme: SwitchThemeData(
      // Açık (selected) ve kapalı durum için farklı ikon
      thumbIcon: WidgetStateProperty.resolveWith((states) {
        if (states.contains(WidgetState.selected)) return const Icon(Icons.check);
        return const Icon(Icons.close);
      }),
    ),
  );
}

// Artık her Switch ve SwitchListTile bu ikonları gösterir:
// Switch(value: _on, onChanged: (v) => setState(() => _on = v))
""", api_free=True)

R(T, "kolay", "code", "Seçilebilir etiketlerde seçilince çıkan tik işareti hiçbir yerde görünmesin; seçili etiket bunun yerine dolu renkle belli olsun.", [
    "FilterChip secilince cikan tik isaretini butun uygulamada nasil kaldiririm?",
    "Filtre etiketlerinin seçili halini tik yerine arka plan rengiyle gösteren bir tema ayarı yap.",
], ["ChipThemeData", "showCheckmark"], r"""
ThemeData chipsTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.deepPurple);
  return ThemeData(
    colorScheme: scheme,
    chipTheme: ChipThemeData(
      showCheckmark: false, // seçilince solda tik çıkmasın
      selectedColor: scheme.primaryContainer, // seçili etiketin dolgusu
      side: BorderSide(color: scheme.outlineVariant),
      shape: const StadiumBorder(),
    ),
  );
}

class SizeFilter extends StatefulWidget {
  const SizeFilter({super.key});

  @override
  State<SizeFilter> createState() => _SizeFilterState();
}

class _SizeFilterState extends State<SizeFilter> {
  final _selected = <String>{};

  @override
  Widget build(BuildContext context) {
    return Wrap(
      spacing: 8,
      children: [
        for (final s in const ['S', 'M', 'L', 'XL'])
          FilterChip(
            label: Text(s),
            selected: _selected.contains(s),
            onSelected: (v) => setState(() => v ? _selected.add(s) : _selected.remove(s)),
          ),
      ],
    );
  }
}
""", api_free=True)

R(T, "orta", "code", "Tüm sayfaların arkasında temaya göre değişen hafif bir renk geçişi olsun; her sayfaya tek tek eklemeyeyim.", [
    "Butun ekranlarin arka planina temaya uygun bir gradyan nasil veririm?",
    "Uygulama genelinde, koyu ve açık temada farklı görünen bir gradyan arka plan uygula.",
], ["builder:", "scaffoldBackgroundColor", "LinearGradient"], r"""
class GradientBackgroundApp extends StatelessWidget {
  const GradientBackgroundApp({super.key, required this.home});
  final Widget home;

  @override
  Widget build(BuildContext context) {
    // Scaffold'lar şeffaf olsun ki arkadaki gradyan görünsün
    ThemeData themed(Brightness b) => ThemeData(
          colorSchemeSeed: Colors.teal,
          brightness: b,
          scaffoldBackgroundColor: Colors.transparent,
        );
    return MaterialApp(
      theme: themed(Brightness.light),
      darkTheme: themed(Brightness.dark),
      // builder tüm sayfaları (Navigator'ı) sarar; context burada temayı görür
      builder: (context, child) {
        final scheme = Theme.of(context).colorScheme;
        return DecoratedBox(
          decoration: BoxDecoration(
            gradient: LinearGradient(
              begin: Alignment.topCenter,
              end: Alignment.bottomCenter,
              colors: [scheme.primaryContainer, scheme.surface],
            ),
          ),
          child: child,
        );
      },
      home: home,
    );
  }
}
// Not: Sayfalar şeffaf olduğu için geçiş animasyonu sırasında alttaki sayfa
// kısa süre görünebilir; bunu istemiyorsan gradyanı ortak bir sayfa iskeletine koy.
""", api_free=True)

R(T, "orta", "code", "Sadece çocuk bölümündeki ekranlarda farklı, yuvarlak hatlı bir yazı tipi kullanılsın; uygulamanın geri kalanı değişmesin.", [
    "Uygulamanin sadece bir bolumunde farkli font kullanmak icin temayi nasil ezerim?",
    "Bir bölümün altındaki tüm metinlerin ve butonların yazı tipini yerel bir temayla değiştir.",
], ["Theme(", "fontFamily"], r"""
// Font pubspec.yaml'da 'Fredoka' ailesi olarak tanımlı olmalı
class KidsSection extends StatelessWidget {
  const KidsSection({super.key, required this.child});
  final Widget child;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    // Mevcut temayı kopyala, yalnızca yazı tiplerini değiştir:
    // textTheme metinleri, primaryTextTheme renkli zeminlerdeki metinleri etkiler
    return Theme(
      data: theme.copyWith(
        textTheme: theme.textTheme.apply(fontFamily: 'Fredoka'),
        primaryTextTheme: theme.primaryTextTheme.apply(fontFamily: 'Fredoka'),
      ),
      child: child,
    );
  }
}

// Kullanım: Navigator.push(context, MaterialPageRoute(builder: (_) => const KidsSection(child: KidsHomePage())));
""", api_free=True)

R(T, "kolay", "concept", "Theme.of(context).textTheme.titleLarge neden nullable, her seferinde ! koymak doğru mu?", [
    "textTheme stilleri neden null olabiliyor, unlem isareti koymak guvenli mi?",
    "Temadaki bir yazı stilini null güvenli biçimde kullanıp rengini değiştir.",
], ["textTheme", "copyWith"], r"""
// TextTheme'in alanları nullable'dır çünkü TextTheme(...) ile sadece bazı
// stilleri verip diğerlerini boş bırakabilir, sonra başka bir temayla
// birleştirebilirsin (merge). ThemeData ise kurulurken eksik stilleri
// Typography'den doldurur; MaterialApp altında Theme.of(context).textTheme'in
// stilleri pratikte null değildir.
// Uygulama kodunda '!' bu yüzden genelde güvenlidir. Paylaşılan bileşenlerde
// ise '?.' ve bir yedek değer kullanmak daha sağlamdır.
class PriceTitle extends StatelessWidget {
  const PriceTitle(this.text, {super.key});
  final String text;

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    // Güvenli: null gelirse TextStyle() yedeği kullanılır
    final style = (theme.textTheme.titleLarge ?? const TextStyle(fontSize: 22))
        .copyWith(color: theme.colorScheme.primary);
    return Text(text, style: style);
  }
}
""")

# ---------------------------------------------------------------- animations (2)
R(A, "orta", "code", "Tanıtım ekranlarında sayfaları yana kaydırdıkça arka plan rengi bir sayfanın renginden diğerininkine parmağı takip ederek geçsin.", [
    "Onboarding'de kaydirirken arka plan renginin sayfalar arasinda yumusakca gecmesini nasil saglarim?",
    "Kaydırma miktarına göre iki sayfanın rengini karıştıran bir tanıtım ekranı yap.",
], ["PageController", "Color.lerp"], r"""
class ColorOnboarding extends StatefulWidget {
  const ColorOnboarding({super.key, required this.pages});
  final List<(String title, Color color)> pages;

  @override
  State<ColorOnboarding> createState() => _ColorOnboardingState();
}

class _ColorOnboardingState extends State<ColorOnboarding> {
  final _controller = PageController();

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final colors = [for (final p in widget.pages) p.$2];
    return AnimatedBuilder(
      animation: _controller, // her kaydırma adımında tetiklenir
      builder: (context, child) {
        final page = _controller.hasClients ? (_controller.page ?? 0) : 0.0;
        final i = page.floor().clamp(0, colors.length - 1);
        final j = (i + 1).clamp(0, colors.length - 1);
        final bg = Color.lerp(colors[i], colors[j], page - i)!;
        return ColoredBox(color: bg, child: child);
      },
      child: PageView(
        controller: _controller,
        children: [
          for (final p in widget.pages)
            Center(
              child: Text(p.$1, style: const TextStyle(fontSize: 28, color: Colors.white)),
            ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(A, "zor", "code", "Sayfalar arasında yana kaydırırken sayfalar bir küpün yüzleri gibi 3 boyutlu dönerek geçsin.", [
    "PageView'da kup donme (cube) gecis efekti nasil yapilir?",
    "Kaydırma oranına göre sayfaları kenarlarından döndüren 3D küp geçişli bir sayfa görünümü yaz.",
], ["PageController", "Matrix4", "rotateY"], r"""
// dart:math as math
class CubePageView extends StatefulWidget {
  const CubePageView({super.key, required this.children});
  final List<Widget> children;

  @override
  State<CubePageView> createState() => _CubePageViewState();
}

class _CubePageViewState extends State<CubePageView> {
  final _controller = PageController();
  double _page = 0;

  @override
  void initState() {
    super.initState();
    _controller.addListener(() => setState(() => _page = _controller.page ?? 0));
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return PageView.builder(
      controller: _controller,
      itemCount: widget.children.length,
      itemBuilder: (context, i) {
        final delta = i - _page; // -1 (solda) .. 0 (ortada) .. 1 (sağda)
        return Transform(
          // Sağdaki sayfa sol kenarından, soldaki sağ kenarından döner
          alignment: delta > 0 ? Alignment.centerLeft : Alignment.centerRight,
          transform: Matrix4.identity()
            ..setEntry(3, 2, 0.001) // perspektif
            ..rotateY(-delta * math.pi / 2),
          child: widget.children[i],
        );
      },
    );
  }
}
""", api_free=True)

R(A, "orta", "code", "Yan yana üç kategori paneli olsun; dokunulan panel genişleyip başlığını göstersin, diğerleri daralıp sadece ikon olarak kalsın.", [
    "Dokununca genisleyen, digerlerini daraltan yan yana paneller nasil yapilir?",
    "Seçilen paneli animasyonla büyütüp diğerlerini ince şeritlere çeviren bir düzen yaz.",
], ["AnimatedContainer", "LayoutBuilder"], r"""
class ExpandingPanels extends StatefulWidget {
  const ExpandingPanels({super.key, required this.items});
  final List<(IconData icon, String title, Color color)> items;

  @override
  State<ExpandingPanels> createState() => _ExpandingPanelsState();
}

class _ExpandingPanelsState extends State<ExpandingPanels> {
  int _selected = 0;
  static const _collapsed = 64.0;

  @override
  Widget build(BuildContext context) {
    return LayoutBuilder(builder: (context, box) {
      final expanded = box.maxWidth - _collapsed * (widget.items.length - 1);
      return Row(
        children: [
          for (var i = 0; i < widget.items.length; i++)
            GestureDetector(
              onTap: () => setState(() => _selected = i),
              child: AnimatedContainer(
                duration: const Duration(milliseconds: 350),
                curve: Curves.easeInOut,
                width: i == _selected ? expanded : _collapsed,
                height: 180,
                color: widget.items[i].$3,
                padding: const EdgeInsets.all(16),
                child: Row(
                  children: [
                    Icon(widget.items[i].$1, color: Colors.white),
                    if (i == _selected) ...[
                      const SizedBox(width: 12),
                      Expanded(
                        child: Text(
                          widget.items[i].$2,
                          maxLines: 1,
                          softWrap: false,
                          overflow: TextOverflow.fade, // daralırken taşma hatası olmasın
                          style: const TextStyle(color: Colors.white, fontSize: 20),
                        ),
                      ),
                    ],
                  ],
                ),
              ),
            ),
        ],
      );
    });
  }
}
""", api_free=True)

R(A, "orta", "code", "İndirme çubuğunun dolu kısmının içinde çapraz çizgiler sürekli kayarak hareket etsin (berber direği efekti).", [
    "Ilerleme cubugunun icinde kayan capraz seritler nasil cizilir?",
    "Doluluk oranını gösteren ve içindeki eğik şeritleri durmadan kaydıran bir ilerleme çubuğu yap.",
], ["CustomPainter", "repeat", "repaint"], r"""
class StripedProgressBar extends StatefulWidget {
  const StripedProgressBar({super.key, required this.value, this.color = Colors.blue});
  final double value; // 0..1
  final Color color;

  @override
  State<StripedProgressBar> createState() => _StripedProgressBarState();
}

class _StripedProgressBarState extends State<StripedProgressBar> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 800))..repeat();

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return ClipRRect(
      borderRadius: BorderRadius.circular(8),
      child: Container(
        height: 14,
        color: Theme.of(context).colorScheme.surfaceContainerHighest,
        alignment: Alignment.centerLeft,
        child: FractionallySizedBox(
          widthFactor: widget.value.clamp(0.0, 1.0),
          heightFactor: 1,
          child: CustomPaint(painter: _StripePainter(_c, widget.color)),
        ),
      ),
    );
  }
}

class _StripePainter extends CustomPainter {
  _StripePainter(this.animation, this.color) : super(repaint: animation);
  final Animation<double> animation;
  final Color color;
  static const _stripe = 10.0;

  @override
  void paint(Canvas canvas, Size size) {
    canvas.drawRect(Offset.zero & size, Paint()..color = color);
    final light = Paint()..color = Colors.white.withValues(alpha: 0.25);
    final shift = animation.value * _stripe * 2; // bir desen periyodu kadar kay
    for (var x = -size.height - _stripe * 2 + shift; x < size.width; x += _stripe * 2) {
      final path = Path()
        ..moveTo(x, size.height)
        ..lineTo(x + size.height, 0)
        ..lineTo(x + size.height + _stripe, 0)
        ..lineTo(x + _stripe, size.height)
        ..close();
      canvas.drawPath(path, light);
    }
  }

  @override
  bool shouldRepaint(_StripePainter old) => old.color != color || old.animation != animation;
}
""", api_free=True)

R(A, "orta", "concept", "Animasyonum 120 Hz ekranlı telefonda daha hızlı mı oynar; süreyi kare sayısına göre mi ayarlamalıyım?", [
    "Yuksek yenileme hizli ekranda animasyon suresi degisir mi, kare sayarak animasyon yapmak dogru mu?",
    "Kare hızından bağımsız çalışan, geçen süreye göre ilerleyen bir animasyon örneği yaz.",
], ["createTicker", "elapsed"], r"""
// AnimationController ZAMAN tabanlıdır: her karede değeri, başlangıçtan bu yana
// geçen süreye (elapsed) göre hesaplar. 60 Hz'de 300 ms'lik animasyon ~18 karede,
// 120 Hz'de ~36 karede biter; süre aynıdır, sadece daha akıcı görünür.
// Hata: 'her karede değeri 0.02 artır' gibi kare sayan kod. O zaman animasyon
// 120 Hz'de iki kat hızlı, kare düşen cihazda yavaş oynar.
// Kendi ticker'ını yazıyorsan da ilerlemeyi elapsed'dan hesapla.
class ProgressDot extends StatefulWidget {
  const ProgressDot({super.key});

  @override
  State<ProgressDot> createState() => _ProgressDotState();
}

class _ProgressDotState extends State<ProgressDot> with SingleTickerProviderStateMixin {
  late final Ticker _ticker;
  double _x = 0; // 0..1, 2 saniyede bir tur

  @override
  void initState() {
    super.initState();
    _ticker = createTicker((elapsed) {
      // Yanlış: _x += 0.01;  (kare hızına bağlı)
      setState(() => _x = (elapsed.inMicroseconds / 2e6) % 1.0); // doğru: süreye bağlı
    })..start();
  }

  @override
  void dispose() {
    _ticker.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) =>
      Align(alignment: Alignment(_x * 2 - 1, 0), child: const CircleAvatar(radius: 8));
}
""")

R(A, "orta", "concept", "Curves.easeOutBack veya elasticOut kullanınca Opacity'de 'opacity >= 0.0 && opacity <= 1.0' assertion hatası alıyorum, neden?", [
    "easeOutBack egrisiyle opaklik animasyonu neden hata veriyor, nasil duzeltirim?",
    "Taşan (overshoot) eğriyi ölçekte kullanıp opaklığı güvenli aralıkta tutan bir örnek yaz.",
], ["clamp", "Curves.easeOutBack"], r"""
// easeOutBack, elasticOut, elasticIn gibi eğriler hedefi geçip geri döner:
// ürettikleri değer kısa süre 1'in üstüne (bazıları 0'ın altına) çıkar.
// Ölçek (scale) veya konum için bu sorun değildir, hatta istenen etkidir.
// Opacity ise sadece 0..1 kabul eder; 1.08 gelince assertion patlar.
// Çözüm: opaklık için taşmayan ayrı bir eğri kullan ya da değeri sınırla.
class PopIn extends StatelessWidget {
  const PopIn({super.key, required this.animation, required this.child});
  final Animation<double> animation; // 0..1 controller
  final Widget child;

  @override
  Widget build(BuildContext context) {
    final overshoot = CurveTween(curve: Curves.easeOutBack).animate(animation);
    return AnimatedBuilder(
      animation: animation,
      builder: (context, child) => Opacity(
        // Opaklık: aynı eğri ama 0..1'e sıkıştırılmış
        opacity: overshoot.value.clamp(0.0, 1.0),
        child: Transform.scale(scale: overshoot.value, child: child), // ölçek taşabilir
      ),
      child: child,
    );
  }
}
""")

R(A, "orta", "code", "Ekranın neresine dokunursam orada küçük bir halka çıksın, büyüyerek solsun ve kaybolsun; üst üste hızlı dokununca birden çok halka görünsün.", [
    "Dokunulan noktada buyuyup kaybolan halka efekti nasil yaparim?",
    "Her dokunuşta o noktadan yayılan ve biten halkaları kendiliğinden silen bir sarmalayıcı yaz.",
], ["onTapDown", "AnimationController", "Stack"], r"""
class TapRipples extends StatefulWidget {
  const TapRipples({super.key, required this.child});
  final Widget child;

  @override
  State<TapRipples> createState() => _TapRipplesState();
}

class _TapRipplesState extends State<TapRipples> {
  final _ripples = <({int id, Offset at})>[];
  int _nextId = 0;

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      behavior: HitTestBehavior.translucent,
      onTapDown: (d) => setState(() => _ripples.add((id: _nextId++, at: d.localPosition))),
      child: Stack(
        children: [
          widget.child,
          for (final r in _ripples)
            Positioned(
              left: r.at.dx - 40,
              top: r.at.dy - 40,
              child: IgnorePointer(
                child: _Ring(
                  key: ValueKey(r.id),
                  onDone: () => setState(() => _ripples.removeWhere((e) => e.id == r.id)),
                ),
              ),
            ),
        ],
      ),
    );
  }
}

class _Ring extends StatefulWidget {
  const _Ring({super.key, required this.onDone});
  final VoidCallback onDone;

  @override
  State<_Ring> createState() => _RingState();
}

class _RingState extends State<_Ring> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 600));

  @override
  void initState() {
    super.initState();
    _c.forward().whenComplete(widget.onDone);
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final color = Theme.of(context).colorScheme.primary;
    return AnimatedBuilder(
      animation: _c,
      builder: (context, _) => Opacity(
        opacity: 1 - _c.value,
        child: Transform.scale(
          scale: 0.2 + _c.value,
          child: Container(
            width: 80,
            height: 80,
            decoration: BoxDecoration(shape: BoxShape.circle, border: Border.all(color: color, width: 3)),
          ),
        ),
      ),
    );
  }
}
""", api_free=True)

R(A, "orta", "concept", "Bir animasyonu sayfa açıldıktan 500 ms sonra başlatmak için Future.delayed mı kullanmalıyım, yoksa Interval mı?", [
    "Animasyonu gecikmeli baslatmak icin Future.delayed ile Interval arasinda hangisi daha dogru?",
    "Yarım saniye gecikmeyle başlayan animasyonu hem Future.delayed hem Interval ile yaz.",
], ["Interval", "mounted"], r"""
// Future.delayed + forward(): basittir. Ama gecikme bitmeden sayfa kapanırsa
// controller dispose edilmiş olur ve forward() hata verir: mounted kontrolü şart.
// Gecikme animasyonun dışında kaldığı için reverse() ile geri oynatırken yoktur.
// Interval: gecikmeyi animasyon süresinin İÇİNE koyar (toplam 1100 ms, ilk
// 500 ms boyunca değer 0 kalır). Zamanlayıcı yoktur, dispose sorunu çıkmaz;
// birden fazla öğeyi kademeli başlatmak (stagger) için idealdir.

/// Interval yolu: controller'ın süresi gecikme + animasyon olmalı
/// (ör. AnimationController(duration: delay + run)); hemen forward() edilir.
Animation<double> delayedOpacity(AnimationController controller, Duration delay, Duration run) {
  final total = (delay + run).inMilliseconds;
  return CurvedAnimation(
    parent: controller,
    // İlk 'delay' boyunca değer 0 kalır, sonra 0 -> 1
    curve: Interval(delay.inMilliseconds / total, 1.0, curve: Curves.easeOut),
  );
}

/// Future.delayed yolu: State içinden çağrılır, sayfa kapandıysa başlatmaz.
Future<void> forwardLater(State state, AnimationController controller, Duration delay) async {
  await Future<void>.delayed(delay);
  if (state.mounted) controller.forward();
}
""")

R(A, "orta", "code", "Gelen kutusunda liste aşağı kaydırılınca 'Yeni mesaj' yazılı geniş buton sadece ikona küçülsün, en üste dönünce tekrar yazıyla genişlesin.", [
    "Liste kayinca genis FloatingActionButton'in sadece ikona kuculmesini nasil saglarim?",
    "Kaydırma konumuna göre yazısını gizleyip gösteren, animasyonla daralan bir yüzen buton yap.",
], ["FloatingActionButton.extended", "AnimatedSize", "ScrollController"], r"""
class InboxPage extends StatefulWidget {
  const InboxPage({super.key});

  @override
  State<InboxPage> createState() => _InboxPageState();
}

class _InboxPageState extends State<InboxPage> {
  final _scroll = ScrollController();
  bool _extended = true;

  @override
  void initState() {
    super.initState();
    _scroll.addListener(() {
      final extend = _scroll.offset < 24; // sadece en üstteyken geniş
      if (extend != _extended) setState(() => _extended = extend);
    });
  }

  @override
  void dispose() {
    _scroll.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Gelen kutusu')),
      body: ListView.builder(
        controller: _scroll,
        itemCount: 50,
        itemBuilder: (context, i) => ListTile(title: Text('Mesaj $i')),
      ),
      floatingActionButton: FloatingActionButton.extended(
        onPressed: () {},
        icon: const Icon(Icons.edit),
        extendedIconLabelSpacing: _extended ? 8 : 0,
        extendedPadding: _extended ? null : const EdgeInsets.all(16),
        // Yazının genişliği animasyonla açılıp kapanır; buton da onunla daralır
        label: AnimatedSize(
          duration: const Duration(milliseconds: 200),
          child: _extended ? const Text('Yeni mesaj') : const SizedBox.shrink(),
        ),
      ),
    );
  }
}
""", api_free=True)


# ---------------------------------------------------------------- storage (2)
R(S, "orta", "code", "sqflite'ta ürün fiyatı negatif, stok da 0'ın altında kaydedilemesin; kuralı CHECK ile veritabanı seviyesinde koy ve ihlal hatasını yakalayıp kullanıcıya anlamlı mesaj ver.", [
    "sqflite tablosunda negatif stok olusmasini veritabani kuraliyla nasil engellerim?",
    "Fiyat ve stok için CHECK kısıtı olan tabloyu oluştur, stok düşerken kural bozulursa hatayı yakala.",
], ["CHECK", "DatabaseException"], r"""
// pubspec.yaml: sqflite
Future<void> createProducts(Database db) => db.execute('''
  CREATE TABLE products(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    price REAL NOT NULL CHECK (price >= 0),
    stock INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0)
  )
''');

/// Hata yoksa null, kural ihlalinde kullanıcıya gösterilecek mesajı döndürür.
Future<String?> sellProduct(Database db, int productId, int quantity) async {
  try {
    await db.rawUpdate('UPDATE products SET stock = stock - ? WHERE id = ?', [quantity, productId]);
    return null;
  } on DatabaseException catch (e) {
    // Kod tüm cihazlarda aynı gelmeyebilir; mesajı da kontrol et
    final isCheck = e.getResultCode() == 275 || e.toString().contains('CHECK constraint failed');
    if (isCheck) return 'Yeterli stok yok';
    rethrow; // başka bir hata: yukarı ilet
  }
}
""")

R(S, "kolay", "code", "Uygulama kapanınca tamamen silinecek geçici arama sonuçlarını diske yazmadan, bellekte çalışan bir sqflite veritabanında tut.", [
    "sqflite ile diske yazmadan sadece bellekte calisan bir veritabani nasil acarim?",
    "inMemoryDatabasePath ile açılan bir oturum önbelleği sınıfı yaz, sonuçları sorguya göre sakla ve oku.",
], ["inMemoryDatabasePath", "openDatabase"], r"""
// pubspec.yaml: sqflite
class SearchSessionCache {
  // Future'ı bir kez oluştur: aynı anda iki çağrı iki ayrı bellek veritabanı açmasın
  late final Future<Database> _db = openDatabase(
    inMemoryDatabasePath, // dosya yok; uygulama kapanınca her şey gider
    version: 1,
    onCreate: (db, _) => db.execute(
      'CREATE TABLE results(query TEXT, item_id INTEGER, title TEXT, PRIMARY KEY(query, item_id))',
    ),
  );

  Future<void> put(String query, List<(int id, String title)> items) async {
    final db = await _db;
    final batch = db.batch()..delete('results', where: 'query = ?', whereArgs: [query]);
    for (final (id, title) in items) {
      batch.insert('results', {'query': query, 'item_id': id, 'title': title});
    }
    await batch.commit(noResult: true);
  }

  Future<List<String>> titlesFor(String query) async {
    final rows = await (await _db).query('results', columns: ['title'], where: 'query = ?', whereArgs: [query]);
    return [for (final r in rows) r['title'] as String];
  }
}
""")

R(S, "zor", "code", "Eski sürümden kalan ikinci bir veritabanı dosyasındaki notları ATTACH DATABASE ile ana sqflite veritabanına tek seferde taşı, sonra eski dosyayı sil.", [
    "Iki ayri sqlite dosyasindaki tablolari birlestirmek icin ATTACH nasil kullanilir?",
    "Eski veritabanını bağlayıp notlarını ana tabloya kopyalayan, sonra eski dosyayı silen bir göç fonksiyonu yaz.",
], ["ATTACH", "transaction", "DETACH"], r"""
// pubspec.yaml: sqflite
Future<int> mergeLegacyNotes(Database db) async {
  final legacyPath = '${await getDatabasesPath()}/old_notes.db';
  if (!await databaseExists(legacyPath)) return 0;

  // ATTACH bir transaction içinde çalıştırılamaz; önce bağla
  await db.execute('ATTACH DATABASE ? AS legacy', [legacyPath]);
  try {
    final moved = await db.transaction((txn) async {
      final count = Sqflite.firstIntValue(await txn.rawQuery('SELECT COUNT(*) FROM legacy.notes')) ?? 0;
      // Tek SQL ile kopyala: satır satır Dart'a taşımaya gerek yok
      await txn.execute(
        'INSERT INTO notes(title, body, created_at) '
        'SELECT title, body, created_at FROM legacy.notes',
      );
      return count;
    });
    await db.execute('DETACH DATABASE legacy');
    await deleteDatabase(legacyPath); // sadece başarılı kopyadan sonra sil
    return moved;
  } catch (e) {
    await db.execute('DETACH DATABASE legacy');
    rethrow;
  }
}
""")

R(S, "orta", "code", "Ayarlar JSON dosyasını uygulamanın farklı yerlerinden aynı anda güncelleyince değişiklikler birbirini eziyor; oku-değiştir-yaz işlemlerini sıraya koyan bir sınıf yaz.", [
    "Ayni dosyaya es zamanli yazinca veriler kayboluyor, yazmalari nasil siraya koyarim?",
    "Dosyadaki JSON'u okuyup değiştirip yazan işlemleri birbirini beklemeye zorlayan bir yardımcı yaz.",
], ["then", "writeAsString", "readAsString"], r"""
// dart:io, dart:convert
class SettingsFile {
  SettingsFile(this.file);
  final File file;
  Future<void> _queue = Future.value(); // son işlem

  /// change, dosyanın o anki içeriğini alır ve yenisini döndürür.
  Future<void> update(Map<String, dynamic> Function(Map<String, dynamic> current) change) {
    // Her işlem bir öncekinin bitmesini bekler: iki okuma aynı eski içeriği görmez
    final next = _queue.then((_) async {
      final current = await file.exists()
          ? jsonDecode(await file.readAsString()) as Map<String, dynamic>
          : <String, dynamic>{};
      await file.writeAsString(jsonEncode(change(current)), flush: true);
    });
    // Bir hata kuyruğu kilitlemesin; hatayı çağıran yine görür
    _queue = next.catchError((Object e) => debugPrint('Ayar yazılamadı: $e'));
    return next;
  }
}

// Kullanım:
// settings.update((m) => {...m, 'volume': 0.8});
// settings.update((m) => {...m, 'lang': 'tr'});  // ikisi de korunur
""")

R(S, "kolay", "concept", "File.writeAsString'e flush: true vermek ne işe yarar, ne zaman gerekir?", [
    "writeAsString flush parametresi verilmezse veri kaybolabilir mi?",
    "Kritik bir dosyayı yazarken flush kullanarak diske gerçekten yazıldığından emin ol.",
], ["writeAsString", "flush"], r"""
// writeAsString varsayılan olarak veriyi işletim sistemine teslim edince biter;
// sistem onu önce önbellekte tutup diske biraz sonra yazabilir. Bu arada
// cihaz kapanır ya da pil biterse son yazılanlar kaybolabilir.
// flush: true, Future tamamlanmadan önce verinin diske boşaltılmasını ister:
// daha güvenli ama biraz daha yavaş.
// Ne zaman? Oturum bilgisi, yarım kalmaması gereken ayar/kayıt dosyaları.
// Her saniye yazılan log gibi sık ve önemsiz yazmalarda gerekmez.
Future<void> saveCheckpoint(File file, String json) async {
  await file.writeAsString(json, flush: true); // döndüğünde diskte
}

Future<void> appendLog(File file, String line) async {
  await file.writeAsString('$line\n', mode: FileMode.append); // flush gereksiz
}
""")

R(S, "zor", "code", "drift ile görevleri kategori adlarıyla birlikte join ederek getir; kategorisi olmayan görevler de listelensin ve liste veritabanı değiştikçe güncellensin.", [
    "drift'te iki tabloyu left join ile birlestirip sonucu stream olarak nasil dinlerim?",
    "Görev ve kategori tablolarını birleştirip her satır için görev ile kategorisini döndüren bir drift sorgusu yaz.",
], ["leftOuterJoin", "readTable", "equalsExp"], r"""
// pubspec.yaml: drift (dev: drift_dev, build_runner)
@DataClassName('Category')
class Categories extends Table {
  IntColumn get id => integer().autoIncrement()();
  TextColumn get name => text()();
}

class Todos extends Table {
  IntColumn get id => integer().autoIncrement()();
  TextColumn get title => text()();
  IntColumn get category => integer().nullable().references(Categories, #id)();
}

@DriftDatabase(tables: [Todos, Categories])
class AppDatabase extends _$AppDatabase {
  AppDatabase(QueryExecutor executor) : super(executor);

  @override
  int get schemaVersion => 1;

  Stream<List<(Todo, Category?)>> watchTodosWithCategory() {
    // leftOuterJoin: kategorisi null olan görevler de gelir
    final query = select(todos).join([
      leftOuterJoin(categories, categories.id.equalsExp(todos.category)),
    ]);
    return query.watch().map((rows) => [
          for (final row in rows) (row.readTable(todos), row.readTableOrNull(categories)),
        ]);
  }
}
""")

R(S, "kolay", "code", "Aynı cihazda test ve canlı ortam sürümlerinin ayarları karışmasın; SharedPreferences anahtarlarının başına ortam adını önek olarak ekle.", [
    "SharedPreferences anahtarlarina ortama gore (dev/prod) onek nasil eklerim?",
    "Derleme parametresinden gelen ortam adını SharedPreferences önekine çevirip uygulamayı başlat.",
], ["setPrefix", "String.fromEnvironment"], r"""
// pubspec.yaml: shared_preferences
// flutter run --dart-define=ENV=prod
Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  const env = String.fromEnvironment('ENV', defaultValue: 'dev');
  // getInstance'tan ÖNCE çağrılmalı; varsayılan önek 'flutter.'dır.
  // Not: önek değişirse eski önekle yazılmış veriler görünmez olur.
  SharedPreferences.setPrefix('$env.');
  final prefs = await SharedPreferences.getInstance();
  debugPrint('Ortam: $env, kayıtlı anahtarlar: ${prefs.getKeys()}');
  runApp(const MaterialApp(home: Scaffold(body: Center(child: Text('Hazır')))));
}
""")

R(S, "kolay", "code", "Açılışta dört Hive box'ını tek tek beklemek yerine aynı anda aç; hepsi açılınca uygulamayı başlat.", [
    "Uygulama acilirken birden fazla Hive kutusunu ayni anda acip hepsi hazir olunca uygulamayi nasil baslatirim?",
    "Hive'ı başlatıp box'ları Future.wait ile birlikte açan bir main fonksiyonu yaz.",
], ["Hive.openBox", "Future.wait"], r"""
// pubspec.yaml: hive, hive_flutter
Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await Hive.initFlutter();
  // Box'lar birbirini beklemeden açılır; toplam süre en yavaşı kadar olur
  await Future.wait([
    Hive.openBox('settings'),
    Hive.openBox('favorites'),
    Hive.openBox('cart'),
    Hive.openBox('history'),
  ]);
  runApp(const MaterialApp(home: Scaffold(body: Center(child: Text('Hazır')))));
}

// Sonra her yerde senkron erişim: Hive.box('settings').get('lang')
""")

# ---------------------------------------------------------------- widgets_layout (2)
R(W, "kolay", "code", "Etkinlik kartı: solda renkli bir kutuda büyük gün sayısı ve altında ay kısaltması, sağda başlık, saat ve yer bilgisi olsun.", [
    "Takvim yapragi gibi solda gun ve ay, sagda etkinlik bilgisi olan kart nasil yaparim?",
    "Sol tarafında tarih rozeti, sağında alt alta bilgiler olan bir etkinlik satırı bileşeni yaz.",
], ["Row", "Expanded", "Column"], r"""
class EventCard extends StatelessWidget {
  const EventCard({super.key, required this.date, required this.title, required this.time, required this.place});
  final DateTime date;
  final String title;
  final String time;
  final String place;

  static const _months = ['Oca', 'Şub', 'Mar', 'Nis', 'May', 'Haz', 'Tem', 'Ağu', 'Eyl', 'Eki', 'Kas', 'Ara'];

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(12),
        child: Row(
          children: [
            Container(
              width: 60,
              padding: const EdgeInsets.symmetric(vertical: 8),
              decoration: BoxDecoration(
                color: theme.colorScheme.primaryContainer,
                borderRadius: BorderRadius.circular(12),
              ),
              child: Column(
                mainAxisSize: MainAxisSize.min,
                children: [
                  Text('${date.day}', style: theme.textTheme.headlineSmall?.copyWith(fontWeight: FontWeight.bold)),
                  Text(_months[date.month - 1], style: theme.textTheme.labelMedium),
                ],
              ),
            ),
            const SizedBox(width: 16),
            Expanded(
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(title, style: theme.textTheme.titleMedium, maxLines: 2, overflow: TextOverflow.ellipsis),
                  const SizedBox(height: 4),
                  Row(children: [const Icon(Icons.schedule, size: 16), const SizedBox(width: 4), Text(time)]),
                  Row(children: [
                    const Icon(Icons.place_outlined, size: 16),
                    const SizedBox(width: 4),
                    Flexible(child: Text(place, overflow: TextOverflow.ellipsis)),
                  ]),
                ],
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "Özel fontlu buton yazısı dikeyde tam ortada durmuyor, biraz aşağıda görünüyor; satır yüksekliği verilmiş yazının fazladan boşluğunu üste ve alta eşit dağıtarak ortala.", [
    "Buton icindeki yazi dikeyde ortalanmiyor, height verdigim TextStyle'i nasil duzeltirim?",
    "Satır yüksekliği verilmiş metnin boşluğunu eşit dağıtan bir yazı stiliyle butonu ortala.",
], ["leadingDistribution", "TextLeadingDistribution.even"], r"""
// TextStyle.height ile satır yüksekliği büyütülünce eklenen boşluk varsayılan
// olarak fontun üst/alt ölçüleri (ascent/descent) oranında dağıtılır; ölçüleri
// dengesiz fontlarda yazı bu yüzden aşağı ya da yukarı kaymış görünür.
// even: fazladan boşluğu üste ve alta eşit böler.
const buttonLabelStyle = TextStyle(
  fontFamily: 'Nunito',
  fontSize: 16,
  height: 1.4,
  leadingDistribution: TextLeadingDistribution.even,
);

class CenteredLabelButton extends StatelessWidget {
  const CenteredLabelButton({super.key, required this.label, required this.onPressed});
  final String label;
  final VoidCallback onPressed;

  @override
  Widget build(BuildContext context) {
    return FilledButton(
      onPressed: onPressed,
      style: FilledButton.styleFrom(minimumSize: const Size(120, 48)),
      child: Text(
        label,
        style: buttonLabelStyle,
        // İlk satırın üstüne ve son satırın altına ekstra yükseklik ekleme
        textHeightBehavior: const TextHeightBehavior(
          applyHeightToFirstAscent: false,
          applyHeightToLastDescent: false,
        ),
      ),
    );
  }
}
""")

R(W, "orta", "code", "Yatay kaydırılan kart listesinde kartların gölgeleri üstten ve alttan kesiliyor; gölgeler tam görünecek şekilde listeyi düzenle.", [
    "Yatay ListView'daki kartlarin golgesi neden kesiliyor, nasil duzeltirim?",
    "Gölgeli kartların kesilmeden göründüğü yatay bir ürün listesi yap.",
], ["SingleChildScrollView | ListView", "padding"], r"""
// Kaydırılabilir alanlar (ListView, SingleChildScrollView) içeriği kendi
// sınırlarına kırpar (clipBehavior: Clip.hardEdge). Alan yüksekliği kart
// yüksekliğine eşitse kartın dışına taşan gölge de kırpılır. Çözüm: gölgenin
// sığacağı kadar iç boşluk ver; alan o kadar büyür. (clipBehavior: Clip.none da
// olur ama kayan kartlar o zaman alanın dışında da çizilir.)
class ProductStrip extends StatelessWidget {
  const ProductStrip({super.key, required this.names});
  final List<String> names;

  @override
  Widget build(BuildContext context) {
    final surface = Theme.of(context).colorScheme.surface;
    return SingleChildScrollView(
      scrollDirection: Axis.horizontal,
      // Gölge payı: blur 10 + aşağı kayma 4 -> üstte 12, altta 16 boşluk
      padding: const EdgeInsets.fromLTRB(16, 12, 16, 16),
      child: Row(
        children: [
          for (final name in names)
            Container(
              width: 140,
              height: 160,
              margin: const EdgeInsets.only(right: 12),
              alignment: Alignment.center,
              decoration: BoxDecoration(
                color: surface,
                borderRadius: BorderRadius.circular(16),
                boxShadow: const [BoxShadow(color: Colors.black26, blurRadius: 10, offset: Offset(0, 4))],
              ),
              child: Text(name),
            ),
        ],
      ),
    );
  }
}

// Uzun listelerde aynı fikir: ListView'a padding verip yüksekliğini kart + gölge payı kadar yap.
""", api_free=True)

R(W, "orta", "concept", "Stack'in dışına taşan bir butona (Clip.none ile görünüyor) dokununca hiçbir şey olmuyor, neden?", [
    "Stack disina tasan Positioned butona neden tiklanamiyor?",
    "Avatarın köşesinden taşan kamera butonunu, dokunulabilir kalacak şekilde yeniden düzenle.",
], ["Stack", "Positioned"], r"""
// Dokunma testi (hit test) önce ebeveynin sınırlarına bakar: dokunulan nokta
// Stack'in kendi boyutunun dışındaysa Stack çocuklarına hiç sormaz. Clip.none
// taşan kısmın ÇİZİLMESİNİ sağlar ama dokunulabilir yapmaz.
// Çözüm: Stack'i taşan kısmı da içine alacak kadar büyüt; butonu sınırların
// içinde konumlandır.
class AvatarWithCamera extends StatelessWidget {
  const AvatarWithCamera({super.key, required this.onCamera});
  final VoidCallback onCamera;

  @override
  Widget build(BuildContext context) {
    // Yanlış: 96x96 Stack + Positioned(right: -12, bottom: -12) -> taşan kısım tıklanmaz
    return SizedBox(
      width: 108, // avatar 96 + taşma payı 12
      height: 108,
      child: Stack(
        children: [
          const CircleAvatar(radius: 48, child: Icon(Icons.person, size: 48)),
          Positioned(
            right: 0,
            bottom: 0,
            child: IconButton.filled(onPressed: onCamera, icon: const Icon(Icons.photo_camera, size: 18)),
          ),
        ],
      ),
    );
  }
}
""")

R(W, "kolay", "code", "Makale sayfasındaki tüm yazılar uzun basarak ya da fareyle seçilip kopyalanabilsin; başlık ve paragraflar arasında seçim kesintisiz devam etsin.", [
    "Sayfadaki butun metinleri tek seferde secilebilir yapmak icin ne kullanmaliyim?",
    "Başlık ve paragrafları birlikte seçilebilen, butonların seçime dahil olmadığı bir okuma sayfası yap.",
], ["SelectionArea"], r"""
class SelectableArticle extends StatelessWidget {
  const SelectableArticle({super.key, required this.title, required this.paragraphs});
  final String title;
  final List<String> paragraphs;

  @override
  Widget build(BuildContext context) {
    // Altındaki tüm Text'ler tek bir seçim alanı olur; seçim widget'lar arasında akar
    return SelectionArea(
      child: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Text(title, style: Theme.of(context).textTheme.headlineSmall),
          const SizedBox(height: 12),
          for (final p in paragraphs) Padding(padding: const EdgeInsets.only(bottom: 12), child: Text(p)),
          // Buton yazısı seçime girmesin
          SelectionContainer.disabled(
            child: TextButton(onPressed: () {}, child: const Text('Paylaş')),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "code", "GridTile ve GridTileBar ile kategori ızgarası yap: her resmin altında yarı saydam bir şerit içinde kategori adı yazsın, köşeler yuvarlak olsun.", [
    "Izgaradaki resimlerin altina yari saydam serit icinde baslik nasil koyarim?",
    "İki sütunlu, her hücresinde resim ve alt kısmında başlık şeridi olan bir kategori ızgarası yaz.",
], ["GridTile", "GridTileBar"], r"""
class CategoryGrid extends StatelessWidget {
  const CategoryGrid({super.key, required this.categories});
  final List<(String name, String asset)> categories;

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(12),
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
        crossAxisCount: 2,
        mainAxisSpacing: 12,
        crossAxisSpacing: 12,
      ),
      itemCount: categories.length,
      itemBuilder: (context, i) {
        final (name, asset) = categories[i];
        return ClipRRect(
          borderRadius: BorderRadius.circular(12),
          child: GridTile(
            // footer, resmin üstüne alt kenarda çizilir
            footer: GridTileBar(
              backgroundColor: Colors.black45,
              title: Text(name),
            ),
            child: Image.asset(asset, fit: BoxFit.cover),
          ),
        );
      },
    );
  }
}
""")

R(W, "orta", "code", "Alt alta duran seçenek butonlarının hepsi en uzun yazılı butonun genişliğinde olsun; ekranı boydan boya kaplamasınlar ve ortada dursunlar.", [
    "Column'daki butonlari en genis olanin genisligine esitlemek icin ne yapmaliyim?",
    "Farklı uzunlukta yazıları olan butonları eşit genişlikte ve ortalı dizen bir bileşen yaz.",
], ["IntrinsicWidth", "CrossAxisAlignment.stretch"], r"""
class ChoiceButtons extends StatelessWidget {
  const ChoiceButtons({super.key, required this.labels, required this.onSelected});
  final List<String> labels;
  final ValueChanged<String> onSelected;

  @override
  Widget build(BuildContext context) {
    return Center(
      // IntrinsicWidth: Column'ı en geniş çocuğun doğal genişliğine sabitler,
      // stretch ise diğer butonları o genişliğe uzatır
      child: IntrinsicWidth(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          crossAxisAlignment: CrossAxisAlignment.stretch,
          children: [
            for (final label in labels)
              Padding(
                padding: const EdgeInsets.symmetric(vertical: 4),
                child: OutlinedButton(onPressed: () => onSelected(label), child: Text(label)),
              ),
          ],
        ),
      ),
    );
  }
}

// Kullanım: ChoiceButtons(labels: const ['Evet', 'Hayır', 'Daha sonra hatırlat'], onSelected: print)
""", api_free=True)


# ---------------------------------------------------------------- theming (3)
R(T, "kolay", "code", "Form alanlarının başındaki ikonlar normalde gri, alan odaklanınca ana renkte, hatalıyken kırmızı olsun; bunu tüm uygulamada temadan yap.", [
    "TextField prefix ikonunun rengini odaklaninca degisecek sekilde temada nasil ayarlarim?",
    "Giriş alanlarındaki ön ikonların rengini alanın durumuna göre temadan belirle.",
], ["prefixIconColor", "WidgetState.focused"], r"""
ThemeData fieldIconTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.indigo);
  // Alanın durumu (odak, hata, pasif) ikon rengine de aktarılır
  final iconColor = WidgetStateColor.resolveWith((states) {
    if (states.contains(WidgetState.error)) return scheme.error;
    if (states.contains(WidgetState.focused)) return scheme.primary;
    if (states.contains(WidgetState.disabled)) return scheme.onSurface.withValues(alpha: 0.38);
    return scheme.onSurfaceVariant;
  });
  return ThemeData(
    colorScheme: scheme,
    inputDecorationTheme: InputDecorationTheme(
      prefixIconColor: iconColor,
      suffixIconColor: iconColor,
      border: const OutlineInputBorder(),
    ),
  );
}

// Kullanım: TextField(decoration: InputDecoration(prefixIcon: Icon(Icons.mail_outline), labelText: 'E-posta'))
""", api_free=True)

R(T, "orta", "concept", "Material 3'te gri tonlar için Colors.grey yerine hangi renk rollerini kullanmalıyım?", [
    "Soluk yazi, kenarlik ve ayirici icin sabit gri yerine colorScheme'de hangi renkler var?",
    "Sabit gri renkler kullanan bir kartı temanın uygun renk rolleriyle yeniden yaz.",
], ["onSurfaceVariant", "outlineVariant"], r"""
// Sabit Colors.grey koyu temada ya çok parlak ya da görünmez kalır. Rolü
// seçersen açık/koyu temada doğru ton otomatik gelir:
// onSurfaceVariant      -> ikincil/soluk metin ve ikonlar (açıklama, tarih)
// outline               -> önemli kenarlıklar (TextField çerçevesi)
// outlineVariant        -> ayırıcı çizgiler, dekoratif ince kenarlıklar
// surfaceContainerHighest (ve diğer surfaceContainer*) -> gri arka plan kutuları
// onSurface + %38 alfa  -> devre dışı öğeler
class ReceiptTile extends StatelessWidget {
  const ReceiptTile({super.key, required this.title, required this.date});
  final String title;
  final String date;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Container(
      padding: const EdgeInsets.all(12),
      decoration: BoxDecoration(
        color: scheme.surfaceContainerHighest, // Colors.grey.shade200 yerine
        border: Border.all(color: scheme.outlineVariant), // Colors.grey.shade300 yerine
        borderRadius: BorderRadius.circular(12),
      ),
      child: Row(
        children: [
          Expanded(child: Text(title)),
          Text(date, style: TextStyle(color: scheme.onSurfaceVariant)), // Colors.grey yerine
        ],
      ),
    );
  }
}
""")

R(T, "kolay", "code", "Sadece ses seviyesi slider'ı kalın çubuklu ve büyük topuzlu olsun; uygulamadaki diğer slider'lar etkilenmesin.", [
    "Tek bir Slider'in cubuk kalinligini ve topuz boyutunu digerlerini bozmadan nasil degistiririm?",
    "Bir slider'ı yerel SliderTheme ile sararak kalın ve büyük topuzlu hale getir.",
], ["SliderTheme", "trackHeight"], r"""
class VolumeSlider extends StatefulWidget {
  const VolumeSlider({super.key});

  @override
  State<VolumeSlider> createState() => _VolumeSliderState();
}

class _VolumeSliderState extends State<VolumeSlider> {
  double _volume = 0.5;

  @override
  Widget build(BuildContext context) {
    // Mevcut slider temasını kopyala, sadece bu alt ağaç için değiştir
    return SliderTheme(
      data: SliderTheme.of(context).copyWith(
        trackHeight: 10,
        thumbShape: const RoundSliderThumbShape(enabledThumbRadius: 14),
        overlayShape: const RoundSliderOverlayShape(overlayRadius: 26),
      ),
      child: Row(
        children: [
          const Icon(Icons.volume_down),
          Expanded(
            child: Slider(value: _volume, onChanged: (v) => setState(() => _volume = v)),
          ),
          const Icon(Icons.volume_up),
        ],
      ),
    );
  }
}
""")

# ---------------------------------------------------------------- animations (3)
R(A, "orta", "code", "Arama kutusuna odaklanınca altındaki renkli çizgi ortadan iki yana doğru uzasın, odak gidince yine ortaya doğru kısalarak kaybolsun.", [
    "TextField odaklaninca alt cizginin ortadan yanlara dogru uzamasini nasil saglarim?",
    "Odağa göre alt çizgisi ortadan açılıp kapanan bir arama alanı yaz.",
], ["FocusNode", "AnimatedFractionallySizedBox | AnimatedContainer | TweenAnimationBuilder"], r"""
class UnderlineSearchField extends StatefulWidget {
  const UnderlineSearchField({super.key, this.hint = 'Ara'});
  final String hint;

  @override
  State<UnderlineSearchField> createState() => _UnderlineSearchFieldState();
}

class _UnderlineSearchFieldState extends State<UnderlineSearchField> {
  final _focus = FocusNode();
  bool _focused = false;

  @override
  void initState() {
    super.initState();
    _focus.addListener(() => setState(() => _focused = _focus.hasFocus));
  }

  @override
  void dispose() {
    _focus.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Column(
      mainAxisSize: MainAxisSize.min,
      crossAxisAlignment: CrossAxisAlignment.stretch,
      children: [
        TextField(
          focusNode: _focus,
          decoration: InputDecoration(hintText: widget.hint, border: InputBorder.none),
        ),
        Stack(
          children: [
            Container(height: 1, color: scheme.outlineVariant), // sabit ince çizgi
            // Ortaya hizalı olduğu için genişlik 0 -> 1 giderken iki yana açılır
            AnimatedFractionallySizedBox(
              duration: const Duration(milliseconds: 250),
              curve: Curves.easeOut,
              alignment: Alignment.center,
              widthFactor: _focused ? 1 : 0,
              child: Container(height: 2, color: scheme.primary),
            ),
          ],
        ),
      ],
    );
  }
}
""", api_free=True)

R(A, "orta", "code", "İndir butonuna basınca butonun arka planı indirme ilerledikçe soldan sağa dolsun, üzerinde yüzde yazsın; bitince buton 'Aç' yazsın.", [
    "Buton icinin indirme yuzdesine gore soldan saga dolmasini nasil yaparim?",
    "İlerlemeyi kendi arka planında dolarak gösteren, bitince metni değişen bir indirme butonu yaz.",
], ["TweenAnimationBuilder", "FractionallySizedBox"], r"""
class DownloadButton extends StatelessWidget {
  const DownloadButton({super.key, required this.progress, required this.onPressed});
  final double? progress; // null: başlamadı, 0..1: iniyor, 1: bitti
  final VoidCallback onPressed;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final p = progress;
    final done = p != null && p >= 1;
    final busy = p != null && !done;
    final label = done ? 'Aç' : busy ? '%${(p! * 100).round()}' : 'İndir';
    return SizedBox(
      width: 160,
      height: 44,
      child: ClipRRect(
        borderRadius: BorderRadius.circular(22),
        child: Material(
          color: scheme.surfaceContainerHighest,
          child: InkWell(
            onTap: busy ? null : onPressed,
            child: Stack(
              fit: StackFit.expand,
              children: [
                // Yeni ilerleme değeri gelince dolgu eski değerden yumuşakça uzar
                TweenAnimationBuilder<double>(
                  tween: Tween(end: p ?? 0),
                  duration: const Duration(milliseconds: 300),
                  builder: (context, value, _) => FractionallySizedBox(
                    alignment: Alignment.centerLeft,
                    widthFactor: value.clamp(0.0, 1.0),
                    child: ColoredBox(color: scheme.primary),
                  ),
                ),
                Center(
                  child: Text(
                    label,
                    style: TextStyle(
                      fontWeight: FontWeight.bold,
                      color: done ? scheme.onPrimary : scheme.onSurface,
                    ),
                  ),
                ),
              ],
            ),
          ),
        ),
      ),
    );
  }
}
""", api_free=True)

R(A, "kolay", "code", "Boş durum ekranındaki illüstrasyon havada süzülüyormuş gibi yavaşça yukarı aşağı hareket etsin.", [
    "Bir resmin surekli yavasca yukari asagi suzulmesini nasil saglarim?",
    "Çocuğunu durmadan hafifçe aşağı yukarı salınan bir sarmalayıcı widget yaz.",
], ["TweenAnimationBuilder | AnimationController", "Transform.translate | SlideTransition"], r"""
class FloatingIdle extends StatefulWidget {
  const FloatingIdle({super.key, required this.child});
  final Widget child;

  @override
  State<FloatingIdle> createState() => _FloatingIdleState();
}

class _FloatingIdleState extends State<FloatingIdle> {
  bool _up = true;

  @override
  Widget build(BuildContext context) {
    // Controller yok: her animasyon bitince hedef yön değişir, sonsuz salınım olur
    return TweenAnimationBuilder<double>(
      tween: Tween(begin: 0, end: _up ? -8 : 8), // piksel cinsinden dikey kayma
      duration: const Duration(seconds: 2),
      curve: Curves.easeInOut,
      onEnd: () => setState(() => _up = !_up),
      builder: (context, dy, child) => Transform.translate(offset: Offset(0, dy), child: child),
      child: widget.child,
    );
  }
}

// Kullanım: FloatingIdle(child: Image.asset('assets/images/empty_box.png', width: 180))
""", api_free=True)

R(A, "orta", "code", "Karşılama ekranındaki cümle kelime kelime, her kelime bir öncekinden biraz sonra solarak belirsin.", [
    "Bir cumlenin kelimelerini sirayla belirerek gostermek icin ne yapmaliyim?",
    "Tek controller ve gecikmeli aralıklarla kelimeleri sırayla görünür yapan bir metin widget'ı yaz.",
], ["Interval", "FadeTransition"], r"""
class WordByWordText extends StatefulWidget {
  const WordByWordText(this.text, {super.key, this.style});
  final String text;
  final TextStyle? style;

  @override
  State<WordByWordText> createState() => _WordByWordTextState();
}

class _WordByWordTextState extends State<WordByWordText> with SingleTickerProviderStateMixin {
  static const _step = 150; // kelimeler arası gecikme (ms)
  static const _fade = 400; // bir kelimenin belirme süresi (ms)
  late final List<String> _words = widget.text.split(' ');
  late final int _total = _step * (_words.length - 1) + _fade;
  late final AnimationController _c =
      AnimationController(vsync: this, duration: Duration(milliseconds: _total));
  // Her kelime toplam sürenin kendine ait dilimini kullanır
  late final List<Animation<double>> _opacities = [
    for (var i = 0; i < _words.length; i++)
      _c.drive(CurveTween(curve: Interval(i * _step / _total, (i * _step + _fade) / _total, curve: Curves.easeOut))),
  ];

  @override
  void initState() {
    super.initState();
    _c.forward();
  }

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Wrap(
      spacing: 5,
      runSpacing: 4,
      children: [
        for (var i = 0; i < _words.length; i++)
          FadeTransition(opacity: _opacities[i], child: Text(_words[i], style: widget.style)),
      ],
    );
  }
}
""", api_free=True)

# ---------------------------------------------------------------- storage (3)
R(S, "kolay", "code", "Bildirim geçmişi Hive box'ında en fazla 100 kayıt tutsun; yenisi eklenince en eski kayıtlar silinsin ve liste en yeniden eskiye gösterilsin.", [
    "Hive kutusunda kayit sayisini sinirlayip en eskileri nasil silerim?",
    "Sınırlı sayıda kayıt tutan, taşınca en eskileri atan bir Hive geçmiş sınıfı yaz.",
], ["deleteAll", "keys"], r"""
// pubspec.yaml: hive
class NotificationHistory {
  NotificationHistory(this.box, {this.maxItems = 100});
  final Box<Map> box;
  final int maxItems;

  Future<void> add(String title, String body) async {
    // add(): otomatik artan int anahtar verir; anahtarlar sıralı tutulur
    await box.add({'title': title, 'body': body, 'at': DateTime.now().millisecondsSinceEpoch});
    final overflow = box.length - maxItems;
    if (overflow > 0) {
      // En küçük anahtarlar = en eski kayıtlar
      await box.deleteAll(box.keys.take(overflow).toList());
    }
  }

  List<Map> latestFirst() => box.values.toList().reversed.toList();
}

// Kullanım: final history = NotificationHistory(await Hive.openBox<Map>('notifications'));
""")

R(S, "zor", "concept", "sqflite'ta transaction içinden bir yardımcı fonksiyon çağırınca uygulama donuyor ve 'database has been locked' uyarısı çıkıyor; neden?", [
    "sqflite transaction icinde db kullaninca neden kilitleniyor, dogrusu ne?",
    "Yardımcı fonksiyonları hem transaction içinde hem dışında kullanılabilecek şekilde yeniden yaz.",
], ["transaction", "DatabaseExecutor"], r"""
// db.transaction((txn) async { ... }) çalışırken veritabanı o transaction'a
// kilitlidir. İçeride txn yerine db.insert / db.query çağırırsan bu çağrı
// transaction'ın bitmesini bekler; transaction da bu çağrının bitmesini
// bekler: kilitlenme (deadlock). sqflite birkaç saniye sonra uyarı basar.
// Kural: transaction içinde SADECE txn kullan. Yardımcıları Database yerine
// DatabaseExecutor alacak şekilde yaz; hem db hem txn bu tipe uyar.
Future<int> insertOrderLine(DatabaseExecutor ex, int orderId, int productId, int qty) {
  return ex.insert('order_items', {'order_id': orderId, 'product_id': productId, 'quantity': qty});
}

Future<void> placeOrder(Database db, Map<int, int> cart) async {
  await db.transaction((txn) async {
    final orderId = await txn.insert('orders', {'created_at': DateTime.now().millisecondsSinceEpoch});
    for (final entry in cart.entries) {
      // Yanlış: insertOrderLine(db, ...) -> kilitlenir
      await insertOrderLine(txn, orderId, entry.key, entry.value);
    }
  });
}
""")

R(S, "orta", "code", "sqflite'ta son 30 günde en çok satılan 5 ürünü toplam satış adetleriyle birlikte getir.", [
    "sqflite'ta en cok satilan urunleri adetlerine gore siralayip ilk 5'ini nasil alirim?",
    "Sipariş kalemlerini ürünlerle birleştirip satış adedine göre ilk beş ürünü döndüren sorguyu yaz.",
], ["rawQuery", "SUM", "LIMIT"], r"""
// pubspec.yaml: sqflite
// Tablolar: products(id, name), orders(id, created_at ms), order_items(order_id, product_id, quantity)
Future<List<Map<String, Object?>>> topSellers(Database db, {int limit = 5, int days = 30}) {
  final since = DateTime.now().subtract(Duration(days: days)).millisecondsSinceEpoch;
  return db.rawQuery('''
    SELECT p.id, p.name, SUM(oi.quantity) AS sold
    FROM order_items oi
    JOIN orders o ON o.id = oi.order_id
    JOIN products p ON p.id = oi.product_id
    WHERE o.created_at >= ?
    GROUP BY p.id, p.name
    ORDER BY sold DESC
    LIMIT ?
  ''', [since, limit]);
}

// Ekranda: for (final r in rows) Text('${r['name']}: ${r['sold']} adet')
""")

R(S, "kolay", "code", "Hive'da tuttuğum harcamaları bu ay için kategoriye göre gruplayıp her kategorinin toplamını büyükten küçüğe hesapla.", [
    "Hive'daki kayitlari kategoriye gore gruplayip toplamlarini nasil bulurum?",
    "Box'taki bu ayın harcamalarını kategori bazında toplayan ve sıralayan bir fonksiyon yaz.",
], ["values", "update"], r"""
// pubspec.yaml: hive
// Box<Map> içinde kayıtlar: {'category': 'Market', 'amount': 120.5, 'at': <ms>}
Map<String, double> monthlyTotalsByCategory(Box<Map> box, {DateTime? now}) {
  final n = now ?? DateTime.now();
  final monthStart = DateTime(n.year, n.month);
  final totals = <String, double>{};
  // Hive'da sorgu dili yok: değerleri dolaşıp Dart'ta grupla
  for (final e in box.values) {
    final at = DateTime.fromMillisecondsSinceEpoch(e['at'] as int);
    if (at.isBefore(monthStart)) continue;
    final amount = (e['amount'] as num).toDouble();
    totals.update(e['category'] as String, (sum) => sum + amount, ifAbsent: () => amount);
  }
  final sorted = totals.entries.toList()..sort((a, b) => b.value.compareTo(a.value));
  return Map.fromEntries(sorted); // sıralı ekleme sırası korunur
}
""")

# ---------------------------------------------------------------- widgets_layout (3)
R(W, "orta", "code", "Gönderide 3 fotoğraf varsa solda büyük bir tane, sağda alt alta iki küçük görünsün; daha fazlaysa son küçük resmin üstünde '+2' gibi kalan sayı yazsın.", [
    "Solda buyuk sagda iki kucuk resim olan kolaj duzenini nasil yaparim?",
    "Birden çok fotoğrafı bir büyük iki küçük şeklinde gösteren, fazlasını sayıyla belirten bir kolaj yaz.",
], ["Expanded", "flex", "AspectRatio"], r"""
class PhotoCollage extends StatelessWidget {
  const PhotoCollage({super.key, required this.urls});
  final List<String> urls; // en az 3 resim beklenir

  Widget _image(String url) =>
      Image.network(url, fit: BoxFit.cover, width: double.infinity, height: double.infinity);

  @override
  Widget build(BuildContext context) {
    if (urls.length < 3) return AspectRatio(aspectRatio: 4 / 3, child: _image(urls.first));
    final extra = urls.length - 3;
    return AspectRatio(
      aspectRatio: 4 / 3,
      child: Row(
        children: [
          Expanded(flex: 2, child: _image(urls[0])), // genişliğin 2/3'ü
          const SizedBox(width: 2),
          Expanded(
            child: Column(
              children: [
                Expanded(child: _image(urls[1])),
                const SizedBox(height: 2),
                Expanded(
                  child: Stack(
                    fit: StackFit.expand,
                    children: [
                      _image(urls[2]),
                      if (extra > 0)
                        ColoredBox(
                          color: Colors.black54,
                          child: Center(
                            child: Text('+$extra', style: const TextStyle(color: Colors.white, fontSize: 22)),
                          ),
                        ),
                    ],
                  ),
                ),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "E-posta listesi satırı: solda avatar, ortada kalın gönderen adı ve altında konu ile önizleme, sağ üstte saat; okunmamışsa satır sonunda küçük mavi nokta olsun.", [
    "Mail uygulamasindaki gibi gonderen, konu, onizleme ve saat iceren liste satirini nasil dizerim?",
    "Okunmamış durumu kalın yazı ve noktayla gösteren özel bir e-posta satırı bileşeni yaz.",
], ["Row", "Expanded", "TextOverflow.ellipsis"], r"""
class MailRow extends StatelessWidget {
  const MailRow({
    super.key,
    required this.sender,
    required this.subject,
    required this.preview,
    required this.time,
    this.unread = false,
    this.onTap,
  });
  final String sender, subject, preview, time;
  final bool unread;
  final VoidCallback? onTap;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    final weight = unread ? FontWeight.bold : FontWeight.normal;
    return InkWell(
      onTap: onTap,
      child: Padding(
        padding: const EdgeInsets.symmetric(horizontal: 16, vertical: 10),
        child: Row(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            CircleAvatar(child: Text(sender.isEmpty ? '?' : sender[0])),
            const SizedBox(width: 12),
            Expanded(
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Row(children: [
                    Expanded(child: Text(sender, style: TextStyle(fontWeight: weight), overflow: TextOverflow.ellipsis)),
                    Text(time, style: TextStyle(fontSize: 12, color: unread ? scheme.primary : scheme.onSurfaceVariant)),
                  ]),
                  Text(subject, maxLines: 1, overflow: TextOverflow.ellipsis, style: TextStyle(fontWeight: weight)),
                  Row(children: [
                    Expanded(
                      child: Text(preview,
                          maxLines: 1, overflow: TextOverflow.ellipsis, style: TextStyle(color: scheme.onSurfaceVariant)),
                    ),
                    if (unread)
                      Container(
                        width: 8,
                        height: 8,
                        margin: const EdgeInsets.only(left: 8),
                        decoration: BoxDecoration(color: scheme.primary, shape: BoxShape.circle),
                      ),
                  ]),
                ],
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "Giriş ekranının arka planı çapraz bir çizgiyle ikiye bölünmüş iki renkten oluşsun; üst kısım ana renkte, alt kısım açık renkte olsun.", [
    "Arka plani capraz olarak iki renge bolmek icin ne kullanmaliyim?",
    "Eğik bir çizgiyle ayrılmış iki renkli arka plan üzerine içerik yerleştiren bir widget yaz.",
], ["ClipPath", "CustomClipper"], r"""
class DiagonalBackground extends StatelessWidget {
  const DiagonalBackground({super.key, required this.child});
  final Widget child;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Stack(
      children: [
        Positioned.fill(child: ColoredBox(color: scheme.surface)),
        Positioned.fill(
          child: ClipPath(clipper: _DiagonalClipper(), child: ColoredBox(color: scheme.primary)),
        ),
        Positioned.fill(child: SafeArea(child: child)),
      ],
    );
  }
}

class _DiagonalClipper extends CustomClipper<Path> {
  @override
  Path getClip(Size size) {
    // Sol üstten başla; sağda %35, solda %60 yüksekliğe inen eğik alt kenar
    return Path()
      ..lineTo(size.width, 0)
      ..lineTo(size.width, size.height * 0.35)
      ..lineTo(0, size.height * 0.6)
      ..close();
  }

  @override
  bool shouldReclip(_DiagonalClipper oldClipper) => false; // şekil sabit
}
""", api_free=True)

R(W, "orta", "code", "Harcama dağılımını tek bir yatay çubukta, her kategori yüzdesi kadar genişlikte renkli parçalarla göster; altında renk açıklamaları ve yüzdeler yazsın.", [
    "Kategorilerin yuzdelerini tek bir cubukta renkli parcalar halinde nasil gosteririm?",
    "Değerlere oranlı genişlikte renkli bölümlerden oluşan yığılmış bir çubuk ve açıklamasını yap.",
], ["Expanded", "flex"], r"""
class ShareBar extends StatelessWidget {
  const ShareBar({super.key, required this.parts});
  final List<(String label, double value, Color color)> parts;

  @override
  Widget build(BuildContext context) {
    final total = parts.fold<double>(0, (sum, p) => sum + p.$2);
    if (total <= 0) return const SizedBox.shrink();
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        ClipRRect(
          borderRadius: BorderRadius.circular(8),
          child: SizedBox(
            height: 16,
            child: Row(
              children: [
                for (final (_, value, color) in parts)
                  if (value > 0)
                    // flex tam sayı olmalı: binde bir hassasiyetle oran
                    Expanded(flex: (value / total * 1000).round().clamp(1, 1000), child: ColoredBox(color: color)),
              ],
            ),
          ),
        ),
        const SizedBox(height: 8),
        Wrap(
          spacing: 16,
          runSpacing: 4,
          children: [
            for (final (label, value, color) in parts)
              Row(mainAxisSize: MainAxisSize.min, children: [
                Container(width: 10, height: 10, decoration: BoxDecoration(color: color, shape: BoxShape.circle)),
                const SizedBox(width: 4),
                Text('$label %${(value / total * 100).round()}'),
              ]),
          ],
        ),
      ],
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "Yorumlara verilen cevaplar bir seviye içeride ve solunda ince dikey çizgiyle gösterilsin; cevaplara verilen cevaplar da aynı şekilde iç içe gitsin.", [
    "Ic ice yorum cevaplarini girintili ve solunda cizgiyle nasil gosteririm?",
    "Cevapları kendi içinde tekrar çizerek iç içe yorum ağacı gösteren bir widget yaz.",
], ["BorderSide", "Padding"], r"""
class Comment {
  const Comment(this.author, this.text, [this.replies = const []]);
  final String author;
  final String text;
  final List<Comment> replies;
}

class CommentTree extends StatelessWidget {
  const CommentTree({super.key, required this.comment, this.depth = 0});
  final Comment comment;
  final int depth;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Padding(
          padding: const EdgeInsets.symmetric(vertical: 6),
          child: Text.rich(TextSpan(children: [
            TextSpan(text: '${comment.author}  ', style: const TextStyle(fontWeight: FontWeight.bold)),
            TextSpan(text: comment.text),
          ])),
        ),
        if (comment.replies.isNotEmpty)
          Container(
            // Cevaplar: solda ince çizgi + girinti; her seviye kendini tekrar çizer
            margin: const EdgeInsets.only(left: 8),
            padding: const EdgeInsets.only(left: 12),
            decoration: BoxDecoration(border: Border(left: BorderSide(color: scheme.outlineVariant, width: 2))),
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [for (final r in comment.replies) CommentTree(comment: r, depth: depth + 1)],
            ),
          ),
      ],
    );
  }
}
""", api_free=True)


# ---------------------------------------------------------------- theming (4)
R(T, "kolay", "code", "Uygulamadaki tüm onay kutuları kare yerine yuvarlak görünsün ve kenar çizgisi biraz daha kalın olsun; her kutuya tek tek vermeden.", [
    "Checkbox'lari butun uygulamada yuvarlak yapmak icin temada neyi degistiririm?",
    "Onay kutularının şeklini daire, kenarlığını kalın yapan bir tema ayarı yaz.",
], ["CheckboxThemeData", "CircleBorder"], r"""
ThemeData roundCheckboxTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.green);
  return ThemeData(
    colorScheme: scheme,
    checkboxTheme: CheckboxThemeData(
      shape: const CircleBorder(),
      // İşaretliyken kenar dolguyla aynı renkte, değilken gri ve kalın
      side: WidgetStateBorderSide.resolveWith((states) {
        if (states.contains(WidgetState.selected)) {
          return BorderSide(color: scheme.primary, width: 2);
        }
        return BorderSide(color: scheme.outline, width: 2);
      }),
    ),
  );
}

// CheckboxListTile dahil tüm Checkbox'lar yuvarlak görünür:
// CheckboxListTile(value: _agree, onChanged: (v) => setState(() => _agree = v!), title: Text('Kabul ediyorum'))
""", api_free=True)

# ---------------------------------------------------------------- animations (4)
R(A, "orta", "code", "Harita ekranında alttan çekilen panel yukarı açıldıkça haritanın üstündeki arama kutusu solarak kaybolsun, panel inince geri gelsin.", [
    "Alttan cekilen panel acildikca ustteki arama kutusunu nasil soldururum?",
    "Sürüklenebilir alt panelin açıklık oranına göre üstteki bir widget'ın opaklığını değiştir.",
], ["DraggableScrollableSheet", "DraggableScrollableNotification"], r"""
class MapWithSheet extends StatefulWidget {
  const MapWithSheet({super.key});

  @override
  State<MapWithSheet> createState() => _MapWithSheetState();
}

class _MapWithSheetState extends State<MapWithSheet> {
  static const _initial = 0.25;
  static const _fadeEnd = 0.6; // panel bu orana gelince kutu tamamen kaybolur
  double _extent = _initial;

  @override
  Widget build(BuildContext context) {
    final fade = (1 - (_extent - _initial) / (_fadeEnd - _initial)).clamp(0.0, 1.0);
    return Scaffold(
      body: Stack(
        children: [
          const Positioned.fill(child: ColoredBox(color: Color(0xFFCFD8DC), child: Center(child: Text('Harita')))),
          Positioned(
            top: MediaQuery.paddingOf(context).top + 12,
            left: 16,
            right: 16,
            child: IgnorePointer(
              ignoring: fade < 0.1, // görünmezken dokunmaları engellemesin
              child: Opacity(opacity: fade, child: const SearchBar(hintText: 'Konum ara')),
            ),
          ),
          // Panel her sürüklendiğinde yeni açıklık oranını bildirir
          NotificationListener<DraggableScrollableNotification>(
            onNotification: (n) {
              setState(() => _extent = n.extent);
              return false;
            },
            child: DraggableScrollableSheet(
              initialChildSize: _initial,
              minChildSize: 0.15,
              maxChildSize: 0.9,
              builder: (context, controller) => Material(
                elevation: 8,
                borderRadius: const BorderRadius.vertical(top: Radius.circular(20)),
                child: ListView.builder(
                  controller: controller, // panel ile liste kaydırması birlikte çalışsın
                  itemCount: 30,
                  itemBuilder: (context, i) => ListTile(title: Text('Yer ${i + 1}')),
                ),
              ),
            ),
          ),
        ],
      ),
    );
  }
}
""", api_free=True)

R(A, "orta", "code", "Fiyat grafiğinin çizgisi sayfa açılınca soldan sağa doğru kalemle çiziliyormuş gibi belirsin.", [
    "Cizgi grafiginin soldan saga cizilerek gelmesini nasil animasyonlu yaparim?",
    "Noktalardan oluşan çizgiyi animasyon ilerledikçe uzunluğunun bir kısmı kadar çizen bir grafik widget'ı yaz.",
], ["computeMetrics", "extractPath", "AnimationController"], r"""
class RevealLineChart extends StatefulWidget {
  const RevealLineChart({super.key, required this.values, this.height = 160});
  final List<double> values;
  final double height;

  @override
  State<RevealLineChart> createState() => _RevealLineChartState();
}

class _RevealLineChartState extends State<RevealLineChart> with SingleTickerProviderStateMixin {
  late final AnimationController _c =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 1200))..forward();

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return CustomPaint(
      size: Size(double.infinity, widget.height),
      painter: _LinePainter(widget.values, _c, Theme.of(context).colorScheme.primary),
    );
  }
}

class _LinePainter extends CustomPainter {
  _LinePainter(this.values, this.progress, this.color) : super(repaint: progress);
  final List<double> values;
  final Animation<double> progress;
  final Color color;

  @override
  void paint(Canvas canvas, Size size) {
    if (values.length < 2) return;
    final maxV = values.reduce((a, b) => a > b ? a : b);
    final minV = values.reduce((a, b) => a < b ? a : b);
    final range = (maxV - minV) == 0 ? 1 : maxV - minV;
    final path = Path();
    for (var i = 0; i < values.length; i++) {
      final x = size.width * i / (values.length - 1);
      final y = size.height - (values[i] - minV) / range * size.height;
      if (i == 0) {
        path.moveTo(x, y);
      } else {
        path.lineTo(x, y);
      }
    }
    final paint = Paint()
      ..color = color
      ..style = PaintingStyle.stroke
      ..strokeWidth = 3
      ..strokeCap = StrokeCap.round;
    // Yolun sadece baştan 'ilerleme' oranı kadarını çiz
    for (final metric in path.computeMetrics()) {
      canvas.drawPath(metric.extractPath(0, metric.length * progress.value), paint);
    }
  }

  @override
  bool shouldRepaint(_LinePainter old) => old.values != values || old.color != color;
}
""", api_free=True)

R(A, "zor", "code", "Arama filtresi değişince listeden çıkan öğeler küçülerek kaybolsun, filtreye yeni uyan öğeler büyüyerek eklensin.", [
    "Filtre degisince AnimatedList'e eklenen ve cikan elemanlari eski ve yeni listeyi karsilastirarak nasil bulurum?",
    "Yeni listeyi eskisiyle karşılaştırıp farkları animasyonla ekleyen ve silen bir liste widget'ı yaz.",
], ["AnimatedList", "removeItem", "insertItem", "didUpdateWidget"], r"""
class AnimatedFilteredList extends StatefulWidget {
  const AnimatedFilteredList({super.key, required this.items});
  final List<String> items; // filtrelenmiş liste; sıra korunur

  @override
  State<AnimatedFilteredList> createState() => _AnimatedFilteredListState();
}

class _AnimatedFilteredListState extends State<AnimatedFilteredList> {
  final _listKey = GlobalKey<AnimatedListState>();
  late final List<String> _shown = [...widget.items];
  static const _duration = Duration(milliseconds: 250);

  Widget _tile(String item, Animation<double> a) => SizeTransition(
        sizeFactor: a,
        child: FadeTransition(opacity: a, child: ListTile(title: Text(item))),
      );

  @override
  void didUpdateWidget(AnimatedFilteredList oldWidget) {
    super.didUpdateWidget(oldWidget);
    final next = widget.items;
    // 1) Artık olmayanları sondan başa doğru sil (indeksler kaymasın)
    for (var i = _shown.length - 1; i >= 0; i--) {
      if (!next.contains(_shown[i])) {
        final removed = _shown.removeAt(i);
        _listKey.currentState?.removeItem(i, (context, a) => _tile(removed, a), duration: _duration);
      }
    }
    // 2) Yeni gelenleri hedef konumlarına ekle
    for (var i = 0; i < next.length; i++) {
      if (!_shown.contains(next[i])) {
        _shown.insert(i, next[i]);
        _listKey.currentState?.insertItem(i, duration: _duration);
      }
    }
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedList(
      key: _listKey,
      initialItemCount: _shown.length,
      itemBuilder: (context, i, animation) => _tile(_shown[i], animation),
    );
  }
}

// Kullanım: AnimatedFilteredList(items: allCities.where((c) => c.contains(query)).toList())
""", api_free=True)

# ---------------------------------------------------------------- storage (4)
R(S, "orta", "code", "Bildirimler ekranına en son ne zaman girildiğini sakla; bu zamandan sonra gelen bildirimleri okunmamış say ve zil ikonunda sayısını göster.", [
    "Son ziyaret zamanini saklayip ondan sonra gelen bildirimleri okunmamis olarak nasil sayarim?",
    "Zil ikonunda son girişten beri gelen bildirim sayısını gösteren, ekrana girilince sıfırlayan bir yapı kur.",
], ["SharedPreferences", "isAfter", "Badge"], r"""
// pubspec.yaml: shared_preferences
class NotificationsSeenStore {
  static const _key = 'notifications_last_seen';

  Future<DateTime?> lastSeen() async {
    final ms = (await SharedPreferences.getInstance()).getInt(_key);
    return ms == null ? null : DateTime.fromMillisecondsSinceEpoch(ms);
  }

  Future<void> markAllSeen() async =>
      (await SharedPreferences.getInstance()).setInt(_key, DateTime.now().millisecondsSinceEpoch);

  Future<int> unreadCount(List<DateTime> arrivals) async {
    final seen = await lastSeen();
    if (seen == null) return arrivals.length; // hiç girilmemiş: hepsi yeni
    return arrivals.where((t) => t.isAfter(seen)).length;
  }
}

class NotificationBell extends StatefulWidget {
  const NotificationBell({super.key, required this.arrivals, required this.onOpen});
  final List<DateTime> arrivals; // bildirimlerin geliş zamanları
  final VoidCallback onOpen;

  @override
  State<NotificationBell> createState() => _NotificationBellState();
}

class _NotificationBellState extends State<NotificationBell> {
  final _store = NotificationsSeenStore();
  int _unread = 0;

  @override
  void initState() {
    super.initState();
    _store.unreadCount(widget.arrivals).then((n) {
      if (mounted) setState(() => _unread = n);
    });
  }

  @override
  Widget build(BuildContext context) {
    return IconButton(
      icon: Badge(
        isLabelVisible: _unread > 0,
        label: Text('$_unread'),
        child: const Icon(Icons.notifications_outlined),
      ),
      onPressed: () async {
        await _store.markAllSeen(); // girildi: sayaç sıfırlanır
        if (!mounted) return;
        setState(() => _unread = 0);
        widget.onOpen();
      },
    );
  }
}
""", api_free=True)

R(S, "orta", "code", "Bazı kullanıcılarda sqflite migration'ı yarım kalmış; veritabanı her açıldığında notes tablosunda eksik sütun varsa PRAGMA table_info ile kontrol edip ekle.", [
    "sqflite'ta bir tabloda sutun var mi diye kontrol edip yoksa eklemeyi nasil yaparim?",
    "Açılışta şemayı kontrol edip eksik sütunları tamamlayan savunmacı bir onarım fonksiyonu yaz.",
], ["rawQuery", "PRAGMA", "onOpen"], r"""
// pubspec.yaml: sqflite
Future<bool> hasColumn(DatabaseExecutor db, String table, String column) async {
  // PRAGMA'da ? parametresi kullanılamaz; tablo adı koddaki sabitten gelmeli
  final rows = await db.rawQuery('PRAGMA table_info($table)');
  return rows.any((r) => r['name'] == column);
}

Future<void> repairNotesSchema(Database db) async {
  if (!await hasColumn(db, 'notes', 'color')) {
    await db.execute('ALTER TABLE notes ADD COLUMN color INTEGER NOT NULL DEFAULT 0');
  }
  if (!await hasColumn(db, 'notes', 'pinned')) {
    await db.execute('ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0');
  }
}

Future<Database> openNotesDb(String path) {
  return openDatabase(
    path,
    version: 3,
    onCreate: (db, _) => db.execute(
      'CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT, color INTEGER NOT NULL DEFAULT 0, pinned INTEGER NOT NULL DEFAULT 0)',
    ),
    onOpen: repairNotesSchema, // her açılışta, migration'lardan sonra çalışır
  );
}
""")

R(S, "orta", "code", "Her notu documents altındaki notes klasöründe ayrı bir .md dosyası olarak sakla; kaydet, son değiştirilene göre listele, oku ve sil.", [
    "Notlari veritabani yerine ayri metin dosyalari olarak nasil saklayip listelerim?",
    "Başlığı dosya adı olan Markdown not dosyalarını kaydeden, sıralı listeleyen ve silen bir sınıf yaz.",
], ["getApplicationDocumentsDirectory", "writeAsString", "lastModified"], r"""
// pubspec.yaml: path_provider
class MarkdownNotesStore {
  Future<Directory> _dir() async {
    final docs = await getApplicationDocumentsDirectory();
    final dir = Directory('${docs.path}/notes');
    if (!await dir.exists()) await dir.create(recursive: true);
    return dir;
  }

  // Dosya adında sorun çıkaran karakterleri at; Türkçe harfler kalsın
  String _fileName(String title) {
    final clean = title.trim().replaceAll(RegExp(r'[\\/:*?"<>|]'), '').replaceAll(' ', '_');
    return clean.isEmpty ? 'not_${DateTime.now().millisecondsSinceEpoch}' : clean;
  }

  Future<File> save(String title, String body) async {
    final dir = await _dir();
    return File('${dir.path}/${_fileName(title)}.md').writeAsString(body, flush: true);
  }

  /// En son değiştirilen başta
  Future<List<File>> list() async {
    final dir = await _dir();
    final files = await dir.list().where((e) => e is File && e.path.endsWith('.md')).cast<File>().toList();
    final stamped = [for (final f in files) (f, await f.lastModified())];
    stamped.sort((a, b) => b.$2.compareTo(a.$2));
    return [for (final s in stamped) s.$1];
  }

  Future<String> read(File file) => file.readAsString();

  Future<void> delete(File file) => file.delete();
}
""", api_free=True)

R(S, "orta", "code", "Eski SharedPreferences'ta kayıtlı ayarları yeni SharedPreferencesAsync API'sine bir kez taşı; taşıma bittiyse tekrar çalışmasın.", [
    "SharedPreferences'tan SharedPreferencesAsync'e gecerken eski verileri nasil aktaririm?",
    "Eski ayar deposundaki tüm anahtarları türüne göre yeni asenkron depoya kopyalayan tek seferlik bir göç yaz.",
], ["SharedPreferencesAsync", "getKeys"], r"""
// pubspec.yaml: shared_preferences (2.3+)
// Android'de SharedPreferencesAsync varsayılan olarak farklı bir depolama
// (DataStore) kullanır; eski API ile yazılan değerleri kendiliğinden görmez.
Future<void> migrateToAsyncPrefs() async {
  final asyncPrefs = SharedPreferencesAsync();
  if (await asyncPrefs.getBool('prefs_migrated') ?? false) return; // zaten taşındı

  final legacy = await SharedPreferences.getInstance();
  for (final key in legacy.getKeys()) {
    final value = legacy.get(key);
    switch (value) {
      case bool v:
        await asyncPrefs.setBool(key, v);
      case int v:
        await asyncPrefs.setInt(key, v);
      case double v:
        await asyncPrefs.setDouble(key, v);
      case String v:
        await asyncPrefs.setString(key, v);
      case List v:
        await asyncPrefs.setStringList(key, v.cast<String>());
    }
  }
  await asyncPrefs.setBool('prefs_migrated', true);
  await legacy.clear(); // eski kopyalar kafa karıştırmasın
}

// main(): WidgetsFlutterBinding.ensureInitialized(); await migrateToAsyncPrefs(); runApp(...)
""")

R(S, "kolay", "code", "sqflite'ta makale her açıldığında görüntülenme sayısını bir artır; aynı anda iki artırma birbirini ezmesin ve yeni değer döndürülsün.", [
    "sqflite'ta sayaci okuyup yazmadan guvenli sekilde bir artirmak icin ne yapmaliyim?",
    "Görüntülenme sütununu tek SQL ifadesiyle artırıp güncel değeri döndüren bir fonksiyon yaz.",
], ["rawUpdate", "transaction"], r"""
// pubspec.yaml: sqflite
Future<int> incrementViews(Database db, int articleId) {
  return db.transaction((txn) async {
    // Değeri Dart'ta okuyup +1 yazmak yerine artışı veritabanına yaptır:
    // iki çağrı aynı eski değeri okuyup birbirini ezemez
    await txn.rawUpdate('UPDATE articles SET views = views + 1 WHERE id = ?', [articleId]);
    final rows = await txn.rawQuery('SELECT views FROM articles WHERE id = ?', [articleId]);
    return Sqflite.firstIntValue(rows) ?? 0;
  });
}
""")

# ---------------------------------------------------------------- widgets_layout (4)
R(W, "kolay", "code", "Ürün kartı: kare resmin sağ üst köşesinde beyaz yuvarlak bir favori butonu, sol alt köşesinde koyu zeminli fiyat etiketi olsun.", [
    "Resmin ustune bir koseye buton, diger koseye etiket nasil yerlestiririm?",
    "Görselin iki köşesine ayrı ayrı favori butonu ve fiyat etiketi konumlandıran bir ürün kartı yap.",
], ["Stack", "Positioned"], r"""
class ProductTile extends StatelessWidget {
  const ProductTile({
    super.key,
    required this.imageUrl,
    required this.price,
    required this.isFavorite,
    required this.onFavorite,
  });
  final String imageUrl;
  final String price;
  final bool isFavorite;
  final VoidCallback onFavorite;

  @override
  Widget build(BuildContext context) {
    return AspectRatio(
      aspectRatio: 1,
      child: ClipRRect(
        borderRadius: BorderRadius.circular(16),
        child: Stack(
          fit: StackFit.expand, // resim tüm alanı kaplasın
          children: [
            Image.network(imageUrl, fit: BoxFit.cover),
            Positioned(
              top: 8,
              right: 8,
              child: Material(
                color: Colors.white,
                shape: const CircleBorder(),
                child: IconButton(
                  icon: Icon(isFavorite ? Icons.favorite : Icons.favorite_border, color: Colors.red),
                  onPressed: onFavorite,
                ),
              ),
            ),
            Positioned(
              left: 8,
              bottom: 8,
              child: Container(
                padding: const EdgeInsets.symmetric(horizontal: 10, vertical: 4),
                decoration: BoxDecoration(color: Colors.black87, borderRadius: BorderRadius.circular(8)),
                child: Text(price, style: const TextStyle(color: Colors.white, fontWeight: FontWeight.bold)),
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "code", "Panel ekranı için özet kartı: sol üstte yuvarlak zeminli ikon, sağ üstte yeşil ya da kırmızı okla yüzde değişim, altında büyük sayı ve küçük etiket olsun.", [
    "Dashboard'daki istatistik kartini ikon, yuzde degisim ve buyuk sayiyla nasil dizerim?",
    "Değişim yönüne göre renklenen yüzde göstergesi olan bir özet (KPI) kartı bileşeni yaz.",
], ["Spacer", "Row", "Column"], r"""
class KpiCard extends StatelessWidget {
  const KpiCard({super.key, required this.icon, required this.label, required this.value, required this.change});
  final IconData icon;
  final String label;
  final String value;
  final double change; // yüzde; negatifse düşüş

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    final up = change >= 0;
    final trendColor = up ? Colors.green : Colors.red;
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          mainAxisSize: MainAxisSize.min,
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Row(
              children: [
                CircleAvatar(
                  radius: 18,
                  backgroundColor: theme.colorScheme.primaryContainer,
                  child: Icon(icon, size: 20),
                ),
                const Spacer(), // ikon solda, değişim sağda
                Icon(up ? Icons.trending_up : Icons.trending_down, color: trendColor, size: 18),
                const SizedBox(width: 4),
                Text('%${change.abs().toStringAsFixed(1)}', style: TextStyle(color: trendColor)),
              ],
            ),
            const SizedBox(height: 16),
            Text(value, style: theme.textTheme.headlineSmall?.copyWith(fontWeight: FontWeight.bold)),
            Text(label, style: theme.textTheme.bodySmall?.copyWith(color: theme.colorScheme.onSurfaceVariant)),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "code", "Tasarım henüz hazır değil; ekranın iskeletini yer tutucu kutularla kur: üstte banner alanı, altında iki sütun olsun, sağ sütun da ikiye bölünsün.", [
    "Tasarim gelene kadar ekran duzenini gecici kutularla nasil gosteririm?",
    "Bölümleri çarpı işaretli yer tutucularla gösteren bir sayfa düzeni taslağı yap.",
], ["Placeholder"], r"""
class WireframeHome extends StatelessWidget {
  const WireframeHome({super.key});

  @override
  Widget build(BuildContext context) {
    // Placeholder: içi çarpılı kutu; sınırsız alanda fallbackWidth/Height kullanır
    return Scaffold(
      appBar: AppBar(title: const Text('Taslak')),
      body: const Padding(
        padding: EdgeInsets.all(16),
        child: Column(
          children: [
            SizedBox(height: 160, child: Placeholder()), // banner
            SizedBox(height: 16),
            Expanded(
              child: Row(
                children: [
                  Expanded(child: Placeholder(color: Colors.blueGrey)),
                  SizedBox(width: 16),
                  Expanded(
                    child: Column(
                      children: [
                        Expanded(child: Placeholder(color: Colors.teal)),
                        SizedBox(height: 16),
                        Expanded(child: Placeholder(color: Colors.orange)),
                      ],
                    ),
                  ),
                ],
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "code", "Haber kartının üstündeki resmin sadece üst köşeleri kartla birlikte yuvarlak olsun; resim kartın kenarlarından taşmasın, alt kısımda başlık ve özet dursun.", [
    "Card icindeki resim kosesinden tasiyor, resmin ust koselerini kartla ayni yuvarlaklikta nasil yaparim?",
    "Üstte kenardan kenara resim, altında metin olan ve köşeleri düzgün kırpılmış bir haber kartı yap.",
], ["Card", "Clip.antiAlias | ClipRRect"], r"""
class ArticleCard extends StatelessWidget {
  const ArticleCard({super.key, required this.imageUrl, required this.title, required this.summary});
  final String imageUrl;
  final String title;
  final String summary;

  @override
  Widget build(BuildContext context) {
    final text = Theme.of(context).textTheme;
    return Card(
      // Kart kendi şekline göre çocuklarını kırpar: resmin üst köşeleri de yuvarlanır
      clipBehavior: Clip.antiAlias,
      shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(16)),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          AspectRatio(aspectRatio: 16 / 9, child: Image.network(imageUrl, fit: BoxFit.cover)),
          Padding(
            padding: const EdgeInsets.all(12),
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(title, style: text.titleMedium),
                const SizedBox(height: 4),
                Text(summary, maxLines: 2, overflow: TextOverflow.ellipsis, style: text.bodySmall),
              ],
            ),
          ),
        ],
      ),
    );
  }
}

// Kart dışında aynı etki: ClipRRect(borderRadius: BorderRadius.vertical(top: Radius.circular(16)), child: Image.network(...))
""", api_free=True)

R(W, "orta", "code", "Fiyatı '129,⁹⁹ ₺' gibi göster: lira kısmı büyük, kuruş kısmı küçük ve yukarıda (üst simge gibi) dursun.", [
    "Fiyatin kurus kismini kucuk ve yukarida gostermek icin ne yapmaliyim?",
    "Tam kısmı büyük, kuruşu küçük ve üst hizalı gösteren bir fiyat metni widget'ı yaz.",
], ["WidgetSpan", "PlaceholderAlignment"], r"""
class PriceText extends StatelessWidget {
  const PriceText(this.amount, {super.key, this.currency = '₺'});
  final double amount;
  final String currency;

  @override
  Widget build(BuildContext context) {
    // Yuvarlamayı kuruş cinsinden yap: 129.999 -> 130,00 olsun, 129,100 değil
    final totalCents = (amount * 100).round();
    final whole = totalCents ~/ 100;
    final cents = (totalCents % 100).toString().padLeft(2, '0');
    final color = Theme.of(context).colorScheme.onSurface;
    return Text.rich(
      TextSpan(
        style: TextStyle(color: color),
        children: [
          TextSpan(text: '$whole', style: const TextStyle(fontSize: 28, fontWeight: FontWeight.bold)),
          // top: küçük metnin üstü satırın üstüyle hizalanır, üst simge gibi görünür
          WidgetSpan(
            alignment: PlaceholderAlignment.top,
            child: Text(',$cents', style: TextStyle(fontSize: 14, fontWeight: FontWeight.bold, color: color)),
          ),
          TextSpan(text: ' $currency', style: const TextStyle(fontSize: 18)),
        ],
      ),
    );
  }
}
""", api_free=True)

R(W, "kolay", "code", "Eğitim uygulamasında üstte 16:9 oranlı video alanı sabit dursun, altında kalan tüm alanı ders listesi doldursun ve sadece liste kaysın.", [
    "Ustte sabit oranli video, altinda kalan alani dolduran kaydirilabilir liste nasil yapilir?",
    "Video alanını sabit tutup altındaki ders listesini kalan yüksekliğe sığdıran bir sayfa düzeni yaz.",
], ["AspectRatio", "Expanded", "ListView"], r"""
class LessonPage extends StatelessWidget {
  const LessonPage({super.key, required this.lessons});
  final List<String> lessons;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: SafeArea(
        child: Column(
          children: [
            // Genişliğe göre yüksekliği hesaplanan sabit alan
            const AspectRatio(
              aspectRatio: 16 / 9,
              child: ColoredBox(
                color: Colors.black,
                child: Center(child: Icon(Icons.play_circle, color: Colors.white, size: 64)),
              ),
            ),
            const ListTile(title: Text('Ders 3: Düzenler'), subtitle: Text('12 dk')),
            const Divider(height: 1),
            // Kalan yükseklik listeye; Column içinde ListView'a sınır verir
            Expanded(
              child: ListView.builder(
                itemCount: lessons.length,
                itemBuilder: (context, i) => ListTile(
                  leading: CircleAvatar(child: Text('${i + 1}')),
                  title: Text(lessons[i]),
                ),
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", api_free=True)

R(W, "orta", "code", "Yatay kaydırılan etiket şeridinin sağ ve sol kenarlarında içerik keskin kesilmesin, kenarlara doğru solarak kaybolsun.", [
    "Yatay listenin kenarlarinda icerigi yumusakca soldurmak icin ne kullanilir?",
    "Kaydırılabilir bir şeridin iki kenarına saydamlaşan bir maske uygulayan bir sarmalayıcı yaz.",
], ["ShaderMask", "BlendMode.dstIn"], r"""
class EdgeFade extends StatelessWidget {
  const EdgeFade({super.key, required this.child, this.fadeWidth = 24});
  final Widget child;
  final double fadeWidth;

  @override
  Widget build(BuildContext context) {
    return ShaderMask(
      // dstIn: çocuğun pikselleri maskenin opaklığı kadar görünür
      blendMode: BlendMode.dstIn,
      shaderCallback: (rect) {
        final stop = (fadeWidth / rect.width).clamp(0.0, 0.5);
        return LinearGradient(
          colors: const [Colors.transparent, Colors.black, Colors.black, Colors.transparent],
          stops: [0, stop, 1 - stop, 1],
        ).createShader(rect);
      },
      child: child,
    );
  }
}

// Kullanım:
// SizedBox(
//   height: 48,
//   child: EdgeFade(child: ListView(scrollDirection: Axis.horizontal, children: [for (final t in tags) Chip(label: Text(t))])),
// )
""", api_free=True)


# ---------------------------------------------------------------- theming / animations (5)
R(T, "kolay", "concept", "Hiç renk vermediğim halde uygulamadaki butonlar ve üst çubuk neden mor tonlarında görünüyor?", [
    "Yeni Flutter projesinde renk vermedigim halde her sey neden morumsu cikiyor?",
    "Varsayılan mor renkler yerine uygulamaya kendi marka rengini açık ve koyu temada ver.",
], ["colorSchemeSeed | ColorScheme.fromSeed"], r"""
// Flutter 3.16'dan beri Material 3 varsayılan olarak açık. ThemeData'ya renk
// şeması verilmezse Material 3'ün 'baseline' şeması kullanılır; bu şema mor bir
// ana renkten (0xFF6750A4) üretildiği için butonlar, seçili göstergeler, hatta
// yüzeylerin hafif tonu mora çalar. Bu bir hata değil, varsayılandır.
// Çözüm: kendi ana (seed) rengini ver; tüm roller ondan türetilir.
const brandSeed = Color(0xFF00695C);

class BrandApp extends StatelessWidget {
  const BrandApp({super.key, required this.home});
  final Widget home;

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      theme: ThemeData(colorSchemeSeed: brandSeed),
      darkTheme: ThemeData(colorSchemeSeed: brandSeed, brightness: Brightness.dark),
      home: home,
    );
  }
}
""", api_free=True)

R(A, "zor", "code", "Üst üste yığılmış kartlardan en öndekine dokununca kart destenin en arkasına gitsin, arkadakiler animasyonla birer kademe öne kaysın.", [
    "Deste gibi ust uste duran kartlarda ondekini arkaya gonderip digerlerini one kaydirmayi nasil yaparim?",
    "Dokunulan ön kartı sona alan ve diğer kartları yeni kademelerine kaydıran bir kart destesi yaz.",
], ["AnimatedPositioned", "ValueKey", "Stack"], r"""
class CardDeck extends StatefulWidget {
  const CardDeck({super.key, required this.colors});
  final List<Color> colors;

  @override
  State<CardDeck> createState() => _CardDeckState();
}

class _CardDeckState extends State<CardDeck> {
  // _order[0] en öndeki kartın kimliği
  late final List<int> _order = List.generate(widget.colors.length, (i) => i);

  void _sendFrontToBack() => setState(() => _order.add(_order.removeAt(0)));

  Widget _card(int id, int depth) {
    // Aynı kart aynı key'i korur; sadece kademesi değiştiği için kayarak yer değiştirir
    return AnimatedPositioned(
      key: ValueKey(id),
      duration: const Duration(milliseconds: 350),
      curve: Curves.easeOut,
      top: depth * 14.0,
      left: 16.0 + depth * 10,
      right: 16.0 + depth * 10,
      height: 200,
      child: GestureDetector(
        onTap: depth == 0 ? _sendFrontToBack : null,
        child: Card(
          color: widget.colors[id],
          elevation: (6 - depth).clamp(1, 6).toDouble(),
          child: Center(
            child: Text('Kart ${id + 1}', style: const TextStyle(color: Colors.white, fontSize: 22)),
          ),
        ),
      ),
    );
  }

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 200 + 14.0 * (_order.length - 1),
      child: Stack(
        children: [
          // Stack'te sonra gelen üstte çizilir: en arkadaki kart önce
          for (var depth = _order.length - 1; depth >= 0; depth--) _card(_order[depth], depth),
        ],
      ),
    );
  }
}
""", api_free=True)


# ---------------------------------------------------------------- extra API-named tasks
R(T, "orta", "code", "IconButton'lar seçiliyken (isSelected) dolu arka planlı ve beyaz ikonlu, seçili değilken şeffaf olsun; bunu IconButtonThemeData ile tüm uygulamada ayarla.", [
    "Secili IconButton'larin arka planini temadan nasil dolu yaparim?",
    "Seçilebilen ikon butonlarının seçili ve seçili olmayan görünümünü tema üzerinden ver.",
], ["IconButtonThemeData", "WidgetState.selected"], r"""
ThemeData toggleIconTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.pink);
  return ThemeData(
    colorScheme: scheme,
    iconButtonTheme: IconButtonThemeData(
      style: ButtonStyle(
        backgroundColor: WidgetStateProperty.resolveWith(
          (states) => states.contains(WidgetState.selected) ? scheme.primary : Colors.transparent,
        ),
        foregroundColor: WidgetStateProperty.resolveWith(
          (states) => states.contains(WidgetState.selected) ? scheme.onPrimary : scheme.onSurfaceVariant,
        ),
      ),
    ),
  );
}

// isSelected verilince buton 'selected' durumuna girer; renkler temadan çözülür:
// IconButton(
//   isSelected: _saved,
//   icon: const Icon(Icons.bookmark_border),
//   selectedIcon: const Icon(Icons.bookmark),
//   onPressed: () => setState(() => _saved = !_saved),
// )
""")

R(T, "kolay", "code", "SnackBarThemeData ile tüm SnackBar'larda sağda kapatma (X) ikonu görünsün; ikon rengi ve ekran kenarlarına olan boşluk temadan gelsin.", [
    "Butun SnackBar'lara kapatma ikonunu tek tek eklemeden tema ile nasil veririm?",
    "Alttan çıkan bildirimlerin kapatma ikonunu, rengini ve kenar boşluğunu tema üzerinden ayarla.",
], ["SnackBarThemeData", "showCloseIcon", "closeIconColor"], r"""
ThemeData snackTheme() {
  final scheme = ColorScheme.fromSeed(seedColor: Colors.indigo);
  return ThemeData(
    colorScheme: scheme,
    snackBarTheme: SnackBarThemeData(
      behavior: SnackBarBehavior.floating, // insetPadding yüzen SnackBar'da geçerli
      showCloseIcon: true,
      closeIconColor: scheme.inversePrimary,
      actionTextColor: scheme.inversePrimary,
      insetPadding: const EdgeInsets.fromLTRB(16, 0, 16, 24),
    ),
  );
}

// Artık her SnackBar kapatma ikonuyla gelir:
// ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Kaydedildi')));
""")

R(T, "kolay", "code", "InputDecorationTheme ile tüm TextField'lar daha sıkı (isDense) görünsün, iç boşlukları yatayda 12, dikeyde 10 piksel olsun.", [
    "Formdaki TextField'lari daha kompakt yapmak icin temada hangi ayarlari kullanirim?",
    "Bütün giriş alanlarının yüksekliğini azaltıp iç boşluklarını temadan belirle.",
], ["InputDecorationTheme", "isDense", "contentPadding"], r"""
ThemeData compactFormTheme() {
  return ThemeData(
    colorSchemeSeed: Colors.teal,
    inputDecorationTheme: const InputDecorationTheme(
      isDense: true, // daha az dikey boşluk
      contentPadding: EdgeInsets.symmetric(horizontal: 12, vertical: 10),
      border: OutlineInputBorder(),
    ),
  );
}

// Tek bir alanda varsayılanı ezmek için: InputDecoration(isDense: false, labelText: 'Açıklama')
""")

R(A, "orta", "code", "AnimatedSwitcher'da yeni içerik gelirken easeOutBack eğrisiyle yavaşça, eskisi giderken easeIn eğrisiyle hızlıca geçsin; giriş ve çıkış sürelerini ayrı ver.", [
    "AnimatedSwitcher'da giren ve cikan widget icin farkli egri ve sure nasil verilir?",
    "Durum etiketi değişirken yenisini yaylanarak büyüten, eskisini hızla küçülten bir geçiş yaz.",
], ["switchInCurve", "switchOutCurve", "reverseDuration"], r"""
class OrderStatusChip extends StatelessWidget {
  const OrderStatusChip({super.key, required this.status});
  final String status;

  @override
  Widget build(BuildContext context) {
    return AnimatedSwitcher(
      duration: const Duration(milliseconds: 450), // yeni çocuğun girişi
      reverseDuration: const Duration(milliseconds: 150), // eski çocuğun çıkışı
      switchInCurve: Curves.easeOutBack,
      switchOutCurve: Curves.easeIn,
      transitionBuilder: (child, animation) => ScaleTransition(scale: animation, child: child),
      child: Chip(
        key: ValueKey(status), // durum değişince yeni widget sayılsın
        label: Text(status),
      ),
    );
  }
}
""")

R(A, "orta", "code", "Yüzen butona basınca açılan hızlı menüde arka plan AnimatedModalBarrier ile yavaşça kararsın; karartılmış alana dokununca menü kapansın.", [
    "Acilan menunun arkasini AnimatedModalBarrier ile nasil karartirim, disari dokununca kapansin?",
    "Arka planı animasyonla karartan ve dokunulunca kapanan bir hızlı eylem menüsü yaz.",
], ["AnimatedModalBarrier", "ColorTween", "onDismiss"], r"""
class QuickActionsOverlay extends StatefulWidget {
  const QuickActionsOverlay({super.key, required this.page, required this.menu});
  final Widget page;
  final Widget menu;

  @override
  State<QuickActionsOverlay> createState() => _QuickActionsOverlayState();
}

class _QuickActionsOverlayState extends State<QuickActionsOverlay> with SingleTickerProviderStateMixin {
  late final AnimationController _c = AnimationController(vsync: this, duration: const Duration(milliseconds: 250))
    ..addStatusListener((_) => setState(() {})); // kapanınca bariyeri ağaçtan çıkar
  late final Animation<Color?> _dim =
      ColorTween(begin: Colors.transparent, end: Colors.black54).animate(_c);

  void _toggle() => _c.isDismissed ? _c.forward() : _c.reverse();

  @override
  void dispose() {
    _c.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final open = !_c.isDismissed;
    return Stack(
      children: [
        Positioned.fill(child: widget.page),
        if (open) AnimatedModalBarrier(color: _dim, dismissible: true, onDismiss: _c.reverse),
        if (open)
          Positioned(
            right: 16,
            bottom: 88,
            child: FadeTransition(opacity: _c, child: widget.menu),
          ),
        Positioned(
          right: 16,
          bottom: 16,
          child: FloatingActionButton(
            onPressed: _toggle,
            child: Icon(open ? Icons.close : Icons.add),
          ),
        ),
      ],
    );
  }
}
""")

R(A, "kolay", "code", "Hero geçişi sırasında liste sayfasında resmin yerinde boş bir delik kalıyor; uçuş sırasında orada gri bir yer tutucu görünsün (placeholderBuilder).", [
    "Hero animasyonu sirasinda kaynak sayfada resmin yerinde ne gosterilecegini nasil belirlerim?",
    "Hero ile uçan küçük resmin kaynak yerinde, uçuş boyunca yuvarlak köşeli gri bir kutu göster.",
], ["Hero", "placeholderBuilder"], r"""
class ProductThumb extends StatelessWidget {
  const ProductThumb({super.key, required this.id, required this.imageUrl});
  final String id;
  final String imageUrl;

  @override
  Widget build(BuildContext context) {
    return Hero(
      tag: 'product-$id', // detay sayfasındaki Hero ile aynı etiket
      // Uçuş sürerken kaynak konumda çocuğun yerine bu çizilir
      placeholderBuilder: (context, heroSize, child) => SizedBox.fromSize(
        size: heroSize,
        child: DecoratedBox(
          decoration: BoxDecoration(
            color: Theme.of(context).colorScheme.surfaceContainerHighest,
            borderRadius: BorderRadius.circular(12),
          ),
        ),
      ),
      child: ClipRRect(
        borderRadius: BorderRadius.circular(12),
        child: Image.network(imageUrl, width: 72, height: 72, fit: BoxFit.cover),
      ),
    );
  }
}
""")

R(S, "orta", "code", "sqflite'ta kişileri batch ile toplu eklerken bazı satırlar (ör. aynı e-posta) hata verse de diğerleri eklensin; hangi satırların başarısız olduğunu öğren.", [
    "sqflite batch'inde bir satir hata verince hepsi iptal oluyor, hatalilari atlayip devam etmeyi nasil yaparim?",
    "Toplu eklemede hatalı satırları atlayıp başarısız olanların sırasını döndüren bir fonksiyon yaz.",
], ["batch", "continueOnError", "DatabaseException"], r"""
// pubspec.yaml: sqflite
// Tablo: contacts(id INTEGER PRIMARY KEY, name TEXT, email TEXT UNIQUE)
/// Eklenemeyen kayıtların listedeki sıralarını döndürür.
Future<List<int>> importContacts(Database db, List<Map<String, Object?>> contacts) async {
  final batch = db.batch();
  for (final c in contacts) {
    batch.insert('contacts', c);
  }
  // continueOnError: hatalı işlem tüm batch'i geri almaz; sonucu yerine hata nesnesi döner
  final results = await batch.commit(continueOnError: true);
  return [
    for (var i = 0; i < results.length; i++)
      if (results[i] is DatabaseException) i,
  ];
}

// Kullanım: final failed = await importContacts(db, rows);
// if (failed.isNotEmpty) debugPrint('${failed.length} kişi eklenemedi (muhtemelen aynı e-posta)');
""")

R(S, "kolay", "code", "flutter_secure_storage'daki tüm anahtarları readAll ile okuyup geliştirici ekranında listele; değerlerin sadece ilk ve son iki karakteri görünsün.", [
    "Secure storage'da neler kayitli diye debug icin hepsini nasil listelerim?",
    "Güvenli depodaki tüm kayıtları değerlerini maskeleyerek gösteren bir geliştirici sayfası yaz.",
], ["readAll", "FlutterSecureStorage"], r"""
// pubspec.yaml: flutter_secure_storage
String maskSecret(String value) =>
    value.length <= 4 ? '****' : '${value.substring(0, 2)}…${value.substring(value.length - 2)}';

class SecureStorageDebugPage extends StatefulWidget {
  const SecureStorageDebugPage({super.key});

  @override
  State<SecureStorageDebugPage> createState() => _SecureStorageDebugPageState();
}

class _SecureStorageDebugPageState extends State<SecureStorageDebugPage> {
  late final Future<Map<String, String>> _all = const FlutterSecureStorage().readAll();

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Güvenli depo (debug)')),
      body: FutureBuilder<Map<String, String>>(
        future: _all,
        builder: (context, snapshot) {
          if (!snapshot.hasData) return const Center(child: CircularProgressIndicator());
          final entries = snapshot.data!.entries.toList()..sort((a, b) => a.key.compareTo(b.key));
          return ListView(
            children: [
              for (final e in entries) ListTile(title: Text(e.key), subtitle: Text(maskSecret(e.value))),
            ],
          );
        },
      ),
    );
  }
}

// Bu sayfayı yalnızca debug derlemesinde aç: if (kDebugMode) Navigator.push(...)
""")

R(S, "orta", "code", "sqflite'ın query metodundaki groupBy ve having parametreleriyle en az 3 siparişi olan müşterileri sipariş sayısı ve toplam harcamalarıyla getir.", [
    "sqflite query ile gruplayip having kosulu vermek icin hangi parametreleri kullanirim?",
    "Siparişleri müşteriye göre gruplayıp belli sayının üstündekileri döndüren bir sorgu yaz, rawQuery kullanma.",
], ["groupBy", "having"], r"""
// pubspec.yaml: sqflite
// Tablo: orders(id, customer_id, total REAL)
Future<List<Map<String, Object?>>> loyalCustomers(Database db, {int minOrders = 3}) {
  return db.query(
    'orders',
    columns: ['customer_id', 'COUNT(*) AS order_count', 'SUM(total) AS spent'],
    groupBy: 'customer_id',
    // query()'de having için ayrı parametre listesi yok; değer int olduğu için
    // metne eklemek güvenli. Kullanıcıdan gelen metni asla böyle ekleme.
    having: 'COUNT(*) >= $minOrders',
    orderBy: 'spent DESC',
  );
}
""")

R(S, "kolay", "code", "Kullanıcının açtığı bildirim türlerini (kampanya, sipariş, mesaj, haber) SharedPreferences'ta setStringList ile sakla ve Set<enum> olarak geri oku.", [
    "Coklu secilen enum degerlerini SharedPreferences'ta nasil saklayip geri okurum?",
    "Birden fazla enum seçimini isim listesi olarak kaydeden ve bilinmeyen isimleri atlayarak okuyan bir sınıf yaz.",
], ["setStringList", "getStringList", "values"], r"""
// pubspec.yaml: shared_preferences
enum NotificationKind { campaign, order, message, news }

class NotificationPrefs {
  static const _key = 'notification_kinds';

  Future<Set<NotificationKind>> load() async {
    final prefs = await SharedPreferences.getInstance();
    final names = prefs.getStringList(_key);
    if (names == null) return {NotificationKind.order, NotificationKind.message}; // varsayılan
    // byName bilinmeyen adda hata fırlatır; eski sürümden kalan adları sessizce atla
    return {
      for (final n in names) ...NotificationKind.values.where((k) => k.name == n),
    };
  }

  Future<void> save(Set<NotificationKind> kinds) async {
    final prefs = await SharedPreferences.getInstance();
    await prefs.setStringList(_key, [for (final k in kinds) k.name]);
  }
}
""")

R(W, "orta", "code", "Table widget'ında başlık satırı renkli ve kalın olsun, veri satırları zebra desenli (tek ve çift satırlar farklı arka planlı) görünsün, sayılar sağa hizalı olsun.", [
    "Table'da satirlari sirayla farkli renkte (zebra) nasil boyarim?",
    "Başlık satırı vurgulu, satırları dönüşümlü renkli bir skor tablosu yaz.",
], ["Table", "TableRow", "decoration"], r"""
class ScoreTable extends StatelessWidget {
  const ScoreTable({super.key, required this.rows});
  final List<(String name, int games, int points)> rows;

  Widget _cell(String text, {bool bold = false, TextAlign align = TextAlign.start}) => Padding(
        padding: const EdgeInsets.all(10),
        child: Text(text, textAlign: align, style: bold ? const TextStyle(fontWeight: FontWeight.bold) : null),
      );

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Table(
      columnWidths: const {0: FlexColumnWidth(2), 1: FlexColumnWidth(), 2: FlexColumnWidth()},
      border: TableBorder(horizontalInside: BorderSide(color: scheme.outlineVariant)),
      children: [
        TableRow(
          decoration: BoxDecoration(color: scheme.primaryContainer),
          children: [
            _cell('Oyuncu', bold: true),
            _cell('Maç', bold: true, align: TextAlign.end),
            _cell('Puan', bold: true, align: TextAlign.end),
          ],
        ),
        for (var i = 0; i < rows.length; i++)
          TableRow(
            // Satır arka planı TableRow.decoration ile verilir
            decoration: BoxDecoration(color: i.isEven ? scheme.surface : scheme.surfaceContainerLow),
            children: [
              _cell(rows[i].$1),
              _cell('${rows[i].$2}', align: TextAlign.end),
              _cell('${rows[i].$3}', align: TextAlign.end),
            ],
          ),
      ],
    );
  }
}
""")

R(W, "kolay", "code", "Scaffold'daki yan menü (Drawer) sadece ekranın sol kenarından değil, ekranın herhangi bir yerinden sağa kaydırınca açılsın.", [
    "Drawer'i ekranin ortasindan saga kaydirarak acmak icin ne ayarlamaliyim?",
    "Yan menünün kaydırarak açılma alanını tüm ekran genişliğine çıkar.",
], ["drawerEdgeDragWidth", "Drawer"], r"""
class HomeWithEasyDrawer extends StatelessWidget {
  const HomeWithEasyDrawer({super.key});

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      // Varsayılan: yalnızca sol kenardaki ince şerit (yaklaşık 20 px).
      // Tüm genişlik verilirse gövdedeki yatay kaydırmalı listelerle çakışabilir.
      drawerEdgeDragWidth: MediaQuery.sizeOf(context).width,
      appBar: AppBar(title: const Text('Ana sayfa')),
      drawer: Drawer(
        child: ListView(
          children: const [
            DrawerHeader(child: Text('Menü')),
            ListTile(leading: Icon(Icons.home), title: Text('Ana sayfa')),
            ListTile(leading: Icon(Icons.settings), title: Text('Ayarlar')),
          ],
        ),
      ),
      body: const Center(child: Text('Menüyü açmak için sağa kaydır')),
    );
  }
}
""")

R(W, "orta", "code", "PageView ile yapılan kampanya kaydırıcısında ilk kart ortada değil sola yaslı başlasın, sağda bir sonraki kartın bir kısmı görünsün (viewportFraction, padEnds).", [
    "PageView'da ilk sayfanin ortalanmadan sola yasli baslamasini nasil saglarim?",
    "Sonraki kartın ucu görünen, ilk kartı sola yaslayan yatay bir kampanya kaydırıcısı yaz.",
], ["PageView", "viewportFraction", "padEnds"], r"""
class PromoCarousel extends StatefulWidget {
  const PromoCarousel({super.key, required this.titles});
  final List<String> titles;

  @override
  State<PromoCarousel> createState() => _PromoCarouselState();
}

class _PromoCarouselState extends State<PromoCarousel> {
  // Her sayfa genişliğin %85'i: sağda sonraki kartın ucu görünür
  final _controller = PageController(viewportFraction: 0.85);

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 180,
      child: PageView.builder(
        controller: _controller,
        padEnds: false, // ilk ve son sayfa ortalanmaz, kenara yaslanır
        itemCount: widget.titles.length,
        itemBuilder: (context, i) => Padding(
          padding: EdgeInsets.only(left: 16, right: i == widget.titles.length - 1 ? 16 : 0),
          child: Card(
            color: Theme.of(context).colorScheme.primaryContainer,
            child: Center(child: Text(widget.titles[i], style: Theme.of(context).textTheme.titleLarge)),
          ),
        ),
      ),
    );
  }
}
""")


# ---- footer
if __name__ == "__main__":
    write()
