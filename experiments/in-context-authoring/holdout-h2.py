"""In-context held-out rows, batch 8 (holdout-h2): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics platform, images_assets, testing, performance
(5 each, one per position); app domains a rooftop solar-panel monitoring app and a language-exchange tandem chat
app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-h2.py  -> data/in_context/drafts/holdout-h2.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-h2", "holdh2")
row = ROWS.row


# ================================================================ statements

row(
    "platform",
    "statements",
    r"""
import 'package:flutter/services.dart';

import '../models/inverter.dart';
import 'inverter_local_client.dart';

class InverterNotConnected implements Exception {
  const InverterNotConnected(this.ssid);

  final String? ssid;

  @override
  String toString() => 'Not connected to an inverter hotspot (ssid: $ssid)';
}

/// Pairs the app with a new inverter over the inverter's own Wi-Fi hotspot.
class InverterSetupService {
  InverterSetupService({InverterLocalClient? client}) : _client = client ?? InverterLocalClient();

  static const _wifi = MethodChannel('gunesim/wifi');

  final InverterLocalClient _client;

  Future<void> openWifiSettings() => _wifi.invokeMethod<void>('openWifiSettings');

  Future<Inverter> pairOverHotspot({required String siteId}) async {
    // native 'currentSsid' ile bağlı Wi-Fi adını al; 'INV-' ile başlamıyorsa InverterNotConnected fırlat

    final info = await _client.readDeviceInfo();
    await _client.registerSite(siteId: siteId, serial: info.serial);
    return Inverter(
      serial: info.serial,
      model: info.model,
      ratedPowerW: info.ratedPowerW,
      siteId: siteId,
    );
  }

  Future<void> sendWifiCredentials(String ssid, String password) async {
    try {
      await _client.writeWifiConfig(ssid: ssid, password: password);
    } on PlatformException catch (e) {
      throw StateError('Could not send Wi-Fi credentials: ${e.message}');
    }
  }
}
""",
    r"""
final ssid = await _wifi.invokeMethod<String>('currentSsid');
if (ssid == null || !ssid.startsWith('INV-')) {
  throw InverterNotConnected(ssid);
}
""",
    ["_wifi.invokeMethod", "startsWith | RegExp | substring", "throw", "InverterNotConnected"],
    must_not=["openWifiSettings", "endsWith"],
    checks=["literal 'currentSsid'", "literal 'INV-'", "call InverterNotConnected"],
)

row(
    "images_assets",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/partner.dart';
import '../widgets/partner_card.dart';

class DiscoverPage extends StatefulWidget {
  const DiscoverPage({super.key, required this.partners, required this.onOpen});

  final List<Partner> partners;
  final ValueChanged<Partner> onOpen;

  @override
  State<DiscoverPage> createState() => _DiscoverPageState();
}

class _DiscoverPageState extends State<DiscoverPage> {
  final _pageController = PageController(viewportFraction: 0.88);
  bool _precached = false;

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    if (_precached) return;
    _precached = true;
    // ilk 5 partnerin profil fotografini onceden yukle, kaydirirken bos gorunmesin
  }

  @override
  void dispose() {
    _pageController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    if (widget.partners.isEmpty) {
      return const Center(child: Text('Şu an önerilecek partner yok'));
    }
    return PageView.builder(
      controller: _pageController,
      itemCount: widget.partners.length,
      itemBuilder: (context, index) {
        final partner = widget.partners[index];
        return Padding(
          padding: const EdgeInsets.symmetric(horizontal: 6, vertical: 16),
          child: PartnerCard(
            partner: partner,
            photo: NetworkImage(partner.profilePhotoUrl),
            onTap: () => widget.onOpen(partner),
          ),
        );
      },
    );
  }
}
""",
    r"""
for (final partner in widget.partners.take(5)) {
  precacheImage(NetworkImage(partner.profilePhotoUrl), context);
}
""",
    [
        "precacheImage",
        "NetworkImage | CachedNetworkImageProvider | ResizeImage",
        "profilePhotoUrl",
        "widget.partners",
    ],
    must_not=["Image.network", "setState"],
    checks=["literal 5", "call precacheImage"],
)

row(
    "testing",
    "statements",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:gunesim/models/site_snapshot.dart';
import 'package:gunesim/screens/dashboard_page.dart';

import 'fakes/fake_solar_api.dart';

Future<void> pumpDashboard(WidgetTester tester, FakeSolarApi api) async {
  // ekran 360x640 mantıksal piksel olsun, test bitince geri alınsın

  await tester.pumpWidget(MaterialApp(home: DashboardPage(api: api, siteId: 'site-7')));
  await tester.pump();
}

void main() {
  late FakeSolarApi api;

  setUp(() {
    api = FakeSolarApi()
      ..snapshot = const SiteSnapshot(
        siteId: 'site-7',
        currentWatts: 4320,
        todayKwh: 18.6,
        batteryPercent: 72,
        gridExportWatts: 1100,
      );
  });

  testWidgets('shows current production and today\'s yield', (tester) async {
    await pumpDashboard(tester, api);

    expect(find.text('4,32 kW'), findsOneWidget);
    expect(find.text('18,6 kWh'), findsOneWidget);
  });

  testWidgets('battery and export cards fit a small phone', (tester) async {
    await pumpDashboard(tester, api);

    expect(find.text('%72'), findsOneWidget);
    expect(find.text('1,1 kW şebekeye'), findsOneWidget);
    expect(tester.takeException(), isNull);
  });

  testWidgets('shows an offline banner when the inverter is silent', (tester) async {
    api.inverterOnline = false;
    await pumpDashboard(tester, api);

    expect(find.byIcon(Icons.cloud_off), findsOneWidget);
  });
}
""",
    r"""
tester.view.physicalSize = const Size(360, 640);
tester.view.devicePixelRatio = 1.0;
addTearDown(tester.view.reset);
""",
    [
        "physicalSize | setSurfaceSize",
        "devicePixelRatio | setSurfaceSize",
        "addTearDown",
    ],
    must_not=["physicalSizeTestValue", "devicePixelRatioTestValue", "binding.window"],
    checks=["literal 360 | 720 | 1080 | 1440", "literal 640 | 1280 | 1920 | 2560"],
)

row(
    "performance",
    "statements",
    r"""
import 'package:flutter/material.dart';

import '../models/chat_message.dart';
import '../realtime/chat_socket.dart';
import '../widgets/message_bubble.dart';

class ChatPage extends StatefulWidget {
  const ChatPage({
    super.key,
    required this.partnerId,
    required this.myId,
    required this.socket,
    required this.messages,
  });

  final String partnerId;
  final String myId;
  final ChatSocket socket;
  final List<ChatMessage> messages;

  @override
  State<ChatPage> createState() => _ChatPageState();
}

class _ChatPageState extends State<ChatPage> {
  final _input = TextEditingController();
  DateTime? _lastTypingSent;

  @override
  void dispose() {
    _input.dispose();
    super.dispose();
  }

  void _onInputChanged(String text) {
    if (text.trim().isEmpty) return;
    // her tuşta değil, sendTyping'i en fazla 3 saniyede bir çağır
  }

  void _send() {
    final text = _input.text.trim();
    if (text.isEmpty) return;
    widget.socket.sendText(widget.partnerId, text);
    _input.clear();
    _lastTypingSent = null;
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Sohbet')),
      body: Column(
        children: [
          Expanded(
            child: ListView.builder(
              reverse: true,
              itemCount: widget.messages.length,
              itemBuilder: (context, index) {
                final message = widget.messages[index];
                return MessageBubble(message: message, isMine: message.senderId == widget.myId);
              },
            ),
          ),
          Padding(
            padding: const EdgeInsets.all(8),
            child: Row(
              children: [
                Expanded(child: TextField(controller: _input, onChanged: _onInputChanged)),
                IconButton(onPressed: _send, icon: const Icon(Icons.send), tooltip: 'Gönder'),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
final now = DateTime.now();
final last = _lastTypingSent;
if (last != null && now.difference(last) < const Duration(seconds: 3)) return;
_lastTypingSent = now;
widget.socket.sendTyping(widget.partnerId);
""",
    [
        "widget.socket.sendTyping",
        "_lastTypingSent",
        "DateTime.now",
        "difference | isAfter | isBefore | millisecondsSinceEpoch | compareTo",
    ],
    must_not=["Timer.periodic", "setState"],
    checks=["literal 3 | 3000", "call .sendTyping"],
)


# ================================================================ callback

row(
    "platform",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import 'screens/chat_page.dart';
import 'screens/partners_page.dart';
import 'services/chat_repository.dart';
import 'theme.dart';

class TandemApp extends StatefulWidget {
  const TandemApp({super.key, required this.repository});

  final ChatRepository repository;

  @override
  State<TandemApp> createState() => _TandemAppState();
}

class _TandemAppState extends State<TandemApp> {
  static const _push = MethodChannel('tandemo/push');
  final _navigatorKey = GlobalKey<NavigatorState>();

  @override
  void initState() {
    super.initState();
    _push.setMethodCallHandler((call) async {
      // native taraftan 'openChat' gelirse, argüman olarak gelen partnerId ile ChatPage'i aç
    });
  }

  @override
  void dispose() {
    _push.setMethodCallHandler(null);
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Tandemo',
      navigatorKey: _navigatorKey,
      theme: tandemLightTheme,
      darkTheme: tandemDarkTheme,
      home: PartnersPage(repository: widget.repository),
    );
  }
}
""",
    r"""
if (call.method == 'openChat') {
  final partnerId = call.arguments as String;
  _navigatorKey.currentState?.push(
    MaterialPageRoute<void>(
      builder: (_) => ChatPage(partnerId: partnerId, repository: widget.repository),
    ),
  );
}
""",
    ["call.method", "call.arguments", "_navigatorKey.currentState", "push | pushNamed", "ChatPage"],
    must_not=["Navigator.of(context)", "Navigator.push(context"],
    checks=["literal 'openChat'", "call ChatPage(partnerId)"],
)

row(
    "images_assets",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/panel_inspection.dart';

class InspectionDetailPage extends StatelessWidget {
  const InspectionDetailPage({super.key, required this.inspection});

  final PanelInspection inspection;

  @override
  Widget build(BuildContext context) {
    final date = DateFormat('d MMMM y HH:mm', 'tr').format(inspection.takenAt);
    final hotspots = inspection.hotspots;
    return Scaffold(
      appBar: AppBar(title: Text('Panel ${inspection.panelCode}')),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          AspectRatio(
            aspectRatio: 4 / 3,
            child: ClipRRect(
              borderRadius: BorderRadius.circular(12),
              child: Image.network(
                inspection.thermalImageUrl,
                fit: BoxFit.cover,
                errorBuilder: (context, error, stackTrace) {
                  // yüklenemezse gri zeminde kırık resim ikonu ve 'Termal görüntü yok' yazısı
                },
              ),
            ),
          ),
          const SizedBox(height: 12),
          Text(date, style: Theme.of(context).textTheme.bodySmall),
          const SizedBox(height: 8),
          Text(
            hotspots.isEmpty ? 'Sıcak nokta bulunmadı' : '${hotspots.length} sıcak nokta',
            style: Theme.of(context).textTheme.titleMedium,
          ),
          for (final h in hotspots)
            ListTile(
              dense: true,
              leading: const Icon(Icons.local_fire_department, color: Colors.deepOrange),
              title: Text('Hücre ${h.cell}'),
              trailing: Text('${h.celsius.toStringAsFixed(1)} °C'),
            ),
        ],
      ),
    );
  }
}
""",
    r"""
return ColoredBox(
  color: Colors.grey.shade300,
  child: const Column(
    mainAxisAlignment: MainAxisAlignment.center,
    children: [
      Icon(Icons.broken_image_outlined, size: 48),
      SizedBox(height: 8),
      Text('Termal görüntü yok'),
    ],
  ),
);
""",
    [
        "return",
        "Colors.grey | CupertinoColors.systemGrey | Colors.blueGrey | Color(",
        "Icons.broken_image | Icons.broken_image_outlined | Icons.broken_image_rounded | Icons.broken_image_sharp"
        " | Icons.image_not_supported | Icons.image_not_supported_outlined | Icons.hide_image"
        " | Icons.hide_image_outlined",
    ],
    must_not=["Image.network", "throw"],
    checks=["literal 'Termal görüntü yok'", "call Icon"],
)

row(
    "testing",
    "callback",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:mocktail/mocktail.dart';
import 'package:tandemo/services/chat_repository.dart';
import 'package:tandemo/widgets/chat_input_bar.dart';

class MockChatRepository extends Mock implements ChatRepository {}

void main() {
  late MockChatRepository repository;

  setUp(() {
    repository = MockChatRepository();
    when(() => repository.sendText(any(), any())).thenAnswer((_) async {});
  });

  Widget host() => MaterialApp(
        home: Scaffold(body: ChatInputBar(partnerId: 'p-12', repository: repository)),
      );

  testWidgets('sends trimmed text and clears the field', (tester) async {
    await tester.pumpWidget(host());
    await tester.enterText(find.byType(TextField), '  Merhaba, nasılsın?  ');
    await tester.tap(find.byTooltip('Gönder'));
    await tester.pump();

    verify(() => repository.sendText('p-12', 'Merhaba, nasılsın?')).called(1);
    expect(find.text('  Merhaba, nasılsın?  '), findsNothing);
  });

  testWidgets('does not send whitespace-only messages', (tester) async {
    await tester.pumpWidget(host());
    // alana sadece bosluk yazip Gonder'e bas; sendText hic cagrilmamali
  });
}
""",
    r"""
await tester.enterText(find.byType(TextField), '    ');
await tester.tap(find.byTooltip('Gönder'));
await tester.pump();
verifyNever(() => repository.sendText(any(), any()));
""",
    ["enterText", "tester.tap", "verifyNever", "sendText"],
    must_not=["called(1)", "verifyZeroInteractions"],
)

row(
    "performance",
    "callback",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/power_sample.dart';
import '../services/solar_api.dart';
import '../widgets/live_power_chart.dart';

class LivePowerPage extends StatefulWidget {
  const LivePowerPage({super.key, required this.api, required this.inverterSerial});

  final SolarApi api;
  final String inverterSerial;

  @override
  State<LivePowerPage> createState() => _LivePowerPageState();
}

class _LivePowerPageState extends State<LivePowerPage> {
  final _samples = <PowerSample>[];
  final _chartVersion = ValueNotifier<int>(0);
  final _currentWatts = ValueNotifier<double>(0);
  StreamSubscription<PowerSample>? _sub;

  @override
  void initState() {
    super.initState();
    _sub = widget.api.livePower(widget.inverterSerial).listen((sample) {
      // son 300 örneği tut, eskileri baştan at; setState yok, sadece iki notifier güncellensin
    });
  }

  @override
  void dispose() {
    _sub?.cancel();
    _chartVersion.dispose();
    _currentWatts.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Canlı üretim · ${widget.inverterSerial}')),
      body: Column(
        children: [
          Padding(
            padding: const EdgeInsets.all(16),
            child: ValueListenableBuilder<double>(
              valueListenable: _currentWatts,
              builder: (context, watts, _) => Text(
                '${(watts / 1000).toStringAsFixed(2)} kW',
                style: Theme.of(context).textTheme.displaySmall,
              ),
            ),
          ),
          Expanded(
            child: ValueListenableBuilder<int>(
              valueListenable: _chartVersion,
              builder: (context, _, __) => LivePowerChart(samples: _samples),
            ),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
_samples.add(sample);
if (_samples.length > 300) {
  _samples.removeRange(0, _samples.length - 300);
}
_currentWatts.value = sample.watts;
_chartVersion.value++;
""",
    [
        "_samples.add",
        "removeAt | removeRange | removeWhere",
        "_currentWatts.value",
        "_chartVersion.value",
    ],
    must_not=["setState", "_samples.clear"],
    checks=["literal 300"],
)


# ================================================================ class_body

row(
    "platform",
    "class_body",
    r"""
import 'package:flutter/material.dart';

import '../models/site_snapshot.dart';
import '../services/solar_api.dart';
import '../widgets/production_gauge.dart';

/// Full-screen view for the wall-mounted tablet in the hallway.
class WallDisplayPage extends StatefulWidget {
  const WallDisplayPage({super.key, required this.api, required this.siteId});

  final SolarApi api;
  final String siteId;

  @override
  State<WallDisplayPage> createState() => _WallDisplayPageState();
}

class _WallDisplayPageState extends State<WallDisplayPage> with WidgetsBindingObserver {
  late final Stream<SiteSnapshot> _snapshots = widget.api.watchSite(widget.siteId);
  bool _dark = WidgetsBinding.instance.platformDispatcher.platformBrightness == Brightness.dark;

  @override
  void initState() {
    super.initState();
    WidgetsBinding.instance.addObserver(this);
  }

  @override
  void dispose() {
    WidgetsBinding.instance.removeObserver(this);
    super.dispose();
  }

  // sistem karanlık moda geçince ya da çıkınca _dark'ı güncelle

  @override
  Widget build(BuildContext context) {
    final palette = _dark ? GaugePalette.night : GaugePalette.day;
    return Scaffold(
      backgroundColor: palette.background,
      body: StreamBuilder<SiteSnapshot>(
        stream: _snapshots,
        builder: (context, snapshot) {
          final data = snapshot.data;
          if (data == null) {
            return Center(child: CircularProgressIndicator(color: palette.accent));
          }
          return Center(
            child: ProductionGauge(
              watts: data.currentWatts,
              maxWatts: data.peakPowerW,
              todayKwh: data.todayKwh,
              palette: palette,
            ),
          );
        },
      ),
    );
  }
}
""",
    r"""
@override
void didChangePlatformBrightness() {
  super.didChangePlatformBrightness();
  setState(() {
    _dark = WidgetsBinding.instance.platformDispatcher.platformBrightness == Brightness.dark;
  });
}
""",
    [
        "didChangePlatformBrightness",
        "platformBrightness | platformBrightnessOf",
        "Brightness.dark | Brightness.light",
        "setState",
        "_dark",
    ],
    must_not=["didChangeAppLifecycleState", "didChangeMetrics"],
    checks=["call setState"],
)

row(
    "images_assets",
    "class_body",
    r"""
import 'package:flutter/widgets.dart';

enum Proficiency { a1, a2, b1, b2, c1, c2, native }

class LanguageSkill {
  const LanguageSkill(this.code, this.level);

  factory LanguageSkill.fromJson(Map<String, dynamic> json) =>
      LanguageSkill(json['code'] as String, Proficiency.values.byName(json['level'] as String));

  final String code;
  final Proficiency level;
}

class Partner {
  const Partner({
    required this.id,
    required this.displayName,
    required this.city,
    required this.speaks,
    required this.learns,
    this.avatarUrl,
    this.lastActiveAt,
  });

  factory Partner.fromJson(Map<String, dynamic> json) => Partner(
        id: json['id'] as String,
        displayName: json['display_name'] as String,
        city: json['city'] as String,
        speaks: [for (final s in json['speaks'] as List) LanguageSkill.fromJson(s as Map<String, dynamic>)],
        learns: [for (final s in json['learns'] as List) LanguageSkill.fromJson(s as Map<String, dynamic>)],
        avatarUrl: json['avatar_url'] as String?,
        lastActiveAt: DateTime.tryParse(json['last_active_at'] as String? ?? ''),
      );

  final String id;
  final String displayName;
  final String city;
  final List<LanguageSkill> speaks;
  final List<LanguageSkill> learns;
  final String? avatarUrl;
  final DateTime? lastActiveAt;

  bool get activeRecently {
    final last = lastActiveAt;
    return last != null && DateTime.now().difference(last) < const Duration(minutes: 10);
  }

  bool canTeach(String languageCode) => speaks.any((s) => s.code == languageCode && s.level.index >= 4);

  // avatarUrl yoksa assets/images/avatar_placeholder.png, varsa ağdaki resmi veren ImageProvider getter
}
""",
    r"""
ImageProvider get avatar {
  final url = avatarUrl;
  if (url == null) return const AssetImage('assets/images/avatar_placeholder.png');
  return NetworkImage(url);
}
""",
    ["ImageProvider", "AssetImage | ExactAssetImage", "NetworkImage | CachedNetworkImageProvider", "avatarUrl"],
    must_not=["Image.asset", "Image.network"],
    checks=["literal 'assets/images/avatar_placeholder.png'"],
)

row(
    "testing",
    "class_body",
    r"""
import 'dart:async';

import 'package:tandemo/models/outgoing_message.dart';
import 'package:tandemo/realtime/chat_event.dart';
import 'package:tandemo/realtime/chat_socket.dart';

/// In-memory ChatSocket for widget tests: records what the app sends and lets a test push server events.
class FakeChatSocket implements ChatSocket {
  final _events = StreamController<ChatEvent>.broadcast();
  final List<OutgoingMessage> sent = [];
  bool connected = false;

  @override
  Stream<ChatEvent> get events => _events.stream;

  @override
  Future<void> connect(String token) async {
    connected = true;
    _events.add(const ConnectionChanged(online: true));
  }

  @override
  Future<void> disconnect() async {
    connected = false;
    _events.add(const ConnectionChanged(online: false));
  }

  // send: mesajı sent'e ekle, 50 ms sonra aynı clientId ile MessageAcked olayı yayınla

  void emitIncoming(IncomingMessage message) => _events.add(MessageReceived(message));

  void emitTyping(String partnerId) => _events.add(PartnerTyping(partnerId));

  Future<void> close() => _events.close();
}
""",
    r"""
@override
Future<void> send(OutgoingMessage message) async {
  sent.add(message);
  Timer(const Duration(milliseconds: 50), () => _events.add(MessageAcked(message.clientId)));
}
""",
    ["send", "sent.add", "Future.delayed | Future<void>.delayed | Timer", "_events.add", "MessageAcked", "clientId"],
    must_not=["_events.close", "MessageReceived"],
    checks=["literal 50", "call MessageAcked"],
)

row(
    "performance",
    "class_body",
    r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

import '../models/hourly_yield.dart';

/// Bars for each hour's measured yield, with the forecast drawn as a line over them.
class DailyYieldPainter extends CustomPainter {
  DailyYieldPainter({
    required this.hours,
    required this.forecast,
    required this.barColor,
    this.highlightHour,
  });

  final List<HourlyYield> hours;
  final List<double> forecast;
  final Color barColor;
  final int? highlightHour;

  @override
  void paint(Canvas canvas, Size size) {
    if (hours.isEmpty) return;
    final maxKwh = math.max(
      hours.map((h) => h.kwh).reduce(math.max),
      forecast.fold<double>(0, math.max),
    );
    if (maxKwh == 0) return;
    final slot = size.width / 24;
    final scale = size.height / maxKwh;
    final bar = Paint()..color = barColor;
    final highlight = Paint()..color = Colors.deepOrange;
    for (final h in hours) {
      final top = size.height - h.kwh * scale;
      canvas.drawRect(
        Rect.fromLTRB(h.hour * slot + 2, top, (h.hour + 1) * slot - 2, size.height),
        h.hour == highlightHour ? highlight : bar,
      );
    }
    final line = Path();
    for (var i = 0; i < forecast.length; i++) {
      final point = Offset(i * slot + slot / 2, size.height - forecast[i] * scale);
      i == 0 ? line.moveTo(point.dx, point.dy) : line.lineTo(point.dx, point.dy);
    }
    canvas.drawPath(
      line,
      Paint()
        ..color = Colors.black54
        ..style = PaintingStyle.stroke
        ..strokeWidth = 2,
    );
  }

  // sadece veriler, renk veya seçili saat değişince yeniden boya
}
""",
    r"""
@override
bool shouldRepaint(DailyYieldPainter oldDelegate) =>
    oldDelegate.hours != hours ||
    oldDelegate.forecast != forecast ||
    oldDelegate.barColor != barColor ||
    oldDelegate.highlightHour != highlightHour;
""",
    ["shouldRepaint", "hours", "forecast", "barColor", "highlightHour"],
    must_not=["=> true", "return true", "shouldRebuildSemantics"],
)


# ================================================================ element

row(
    "platform",
    "element",
    r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../services/alert_settings.dart';

class SettingsPage extends StatefulWidget {
  const SettingsPage({super.key, required this.settings});

  final AlertSettings settings;

  @override
  State<SettingsPage> createState() => _SettingsPageState();
}

class _SettingsPageState extends State<SettingsPage> {
  static const _system = MethodChannel('gunesim/system');

  Future<void> _openBatteryOptimization() async {
    await _system.invokeMethod<void>('openBatteryOptimizationSettings');
  }

  @override
  Widget build(BuildContext context) {
    final s = widget.settings;
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Üretim düşüş uyarısı'),
            subtitle: const Text('Beklenenin %30 altına inince bildir'),
            value: s.dropAlerts,
            onChanged: (v) => setState(() => s.dropAlerts = v),
          ),
          SwitchListTile(
            title: const Text('İnvertör hata bildirimi'),
            value: s.faultAlerts,
            onChanged: (v) => setState(() => s.faultAlerts = v),
          ),
          // sadece Android'de: pil ikonlu 'Arka planda çalış' satırı, dokununca pil optimizasyonu ayarını aç
          const Divider(),
          ListTile(
            leading: const Icon(Icons.info_outline),
            title: const Text('Uygulama hakkında'),
            onTap: () => showAboutDialog(context: context, applicationName: 'Güneşim'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
if (Platform.isAndroid)
  ListTile(
    leading: const Icon(Icons.battery_saver),
    title: const Text('Arka planda çalış'),
    onTap: _openBatteryOptimization,
  ),
""",
    [
        "if",
        "Platform.isAndroid | TargetPlatform.android",
        "ListTile",
        "Icons.battery_saver | Icons.battery_saver_outlined | Icons.battery_alert | Icons.battery_full"
        " | Icons.battery_std | Icons.battery_charging_full | Icons.battery_5_bar | Icons.battery_6_bar"
        " | Icons.battery_unknown | Icons.battery_alert_outlined | Icons.battery_full_outlined",
        "_openBatteryOptimization",
    ],
    must_not=["Platform.isIOS", "SwitchListTile("],
    checks=["literal 'Arka planda çalış'", "call ListTile(leading, title, onTap)"],
)

row(
    "images_assets",
    "element",
    r"""
import 'package:flutter/material.dart';

class StickerPack {
  const StickerPack({required this.id, required this.title, required this.names});

  final String id;
  final String title;
  final List<String> names;
}

class StickerPickerSheet extends StatelessWidget {
  const StickerPickerSheet({super.key, required this.packs, required this.onPick});

  final List<StickerPack> packs;
  final void Function(StickerPack pack, String name) onPick;

  static Future<void> show(BuildContext context, List<StickerPack> packs, void Function(StickerPack, String) onPick) {
    return showModalBottomSheet<void>(
      context: context,
      showDragHandle: true,
      builder: (_) => StickerPickerSheet(packs: packs, onPick: onPick),
    );
  }

  @override
  Widget build(BuildContext context) {
    return DefaultTabController(
      length: packs.length,
      child: SizedBox(
        height: 320,
        child: Column(
          children: [
            TabBar(isScrollable: true, tabs: [for (final p in packs) Tab(text: p.title)]),
            Expanded(
              child: TabBarView(
                children: [
                  for (final pack in packs)
                    GridView.count(
                      crossAxisCount: 4,
                      padding: const EdgeInsets.all(12),
                      mainAxisSpacing: 8,
                      crossAxisSpacing: 8,
                      children: [
                        // paketteki her cikartma: assets/stickers/<paket id>/<ad>.webp, dokununca onPick
                      ],
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
""",
    r"""
for (final name in pack.names)
  InkWell(
    onTap: () => onPick(pack, name),
    child: Image.asset('assets/stickers/${pack.id}/$name.webp'),
  ),
""",
    ["for | map", "pack.names", "Image.asset | AssetImage", "onPick"],
    must_not=["Image.network", "SvgPicture"],
    checks=["literal 'assets/stickers/'", "literal '.webp'"],
)

row(
    "testing",
    "element",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_riverpod/flutter_riverpod.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:gunesim/models/solar_alert.dart';
import 'package:gunesim/providers.dart';
import 'package:gunesim/screens/alerts_page.dart';

import 'fakes/fake_solar_api.dart';

void main() {
  late FakeSolarApi fakeApi;

  setUp(() {
    fakeApi = FakeSolarApi()
      ..alerts = [
        SolarAlert(
          id: 'a1',
          kind: AlertKind.stringFault,
          message: 'String 2 akım yok',
          raisedAt: DateTime(2025, 7, 3, 11, 20),
        ),
        SolarAlert(
          id: 'a2',
          kind: AlertKind.lowYield,
          message: 'Üretim beklenenin %35 altında',
          raisedAt: DateTime(2025, 7, 3, 14, 5),
        ),
      ];
  });

  Future<void> pumpAlerts(WidgetTester tester) async {
    await tester.pumpWidget(
      ProviderScope(
        overrides: [
          // solarApiProvider gercek API yerine fakeApi versin
          selectedSiteIdProvider.overrideWithValue('site-7'),
        ],
        child: const MaterialApp(home: AlertsPage()),
      ),
    );
    await tester.pumpAndSettle();
  }

  testWidgets('lists alerts newest first', (tester) async {
    await pumpAlerts(tester);

    final first = tester.getTopLeft(find.text('Üretim beklenenin %35 altında'));
    final second = tester.getTopLeft(find.text('String 2 akım yok'));
    expect(first.dy, lessThan(second.dy));
  });

  testWidgets('acknowledging an alert calls the API', (tester) async {
    await pumpAlerts(tester);

    await tester.tap(find.byTooltip('Okundu').first);
    await tester.pumpAndSettle();

    expect(fakeApi.acknowledged, ['a2']);
  });
}
""",
    r"""
solarApiProvider.overrideWithValue(fakeApi),
""",
    ["solarApiProvider", "overrideWithValue | overrideWith", "fakeApi"],
    must_not=["SolarApi(", "selectedSiteIdProvider"],
)

row(
    "performance",
    "element",
    r"""
import 'package:flutter/material.dart';

import '../models/site_snapshot.dart';
import '../widgets/battery_ring.dart';
import '../widgets/sun_arc.dart';

class SiteHeader extends StatefulWidget {
  const SiteHeader({super.key, required this.snapshot});

  final SiteSnapshot snapshot;

  @override
  State<SiteHeader> createState() => _SiteHeaderState();
}

class _SiteHeaderState extends State<SiteHeader> with SingleTickerProviderStateMixin {
  late final AnimationController _sun = AnimationController(
    vsync: this,
    duration: const Duration(seconds: 6),
  )..repeat();

  @override
  void dispose() {
    _sun.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final s = widget.snapshot;
    final text = Theme.of(context).textTheme;
    return SizedBox(
      height: 220,
      child: Stack(
        children: [
          // dönen güneş yayı (SunArc, _sun ile): kendi katmanında boyansın, üstteki kartları tekrar boyatmasın
          Positioned(
            left: 16,
            right: 16,
            bottom: 12,
            child: Row(
              children: [
                BatteryRing(percent: s.batteryPercent, size: 64),
                const SizedBox(width: 16),
                Expanded(
                  child: Column(
                    crossAxisAlignment: CrossAxisAlignment.start,
                    mainAxisSize: MainAxisSize.min,
                    children: [
                      Text('${(s.currentWatts / 1000).toStringAsFixed(2)} kW', style: text.headlineMedium),
                      Text('Bugün ${s.todayKwh.toStringAsFixed(1)} kWh', style: text.bodyMedium),
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
""",
    r"""
Positioned.fill(
  child: RepaintBoundary(
    child: SunArc(animation: _sun),
  ),
),
""",
    ["RepaintBoundary", "SunArc", "_sun"],
    must_not=["setState", "addListener"],
    checks=["call RepaintBoundary > SunArc"],
)


# ================================================================ argument

row(
    "platform",
    "argument",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../services/chat_repository.dart';

class ChatInputBar extends StatefulWidget {
  const ChatInputBar({super.key, required this.partnerId, required this.repository});

  final String partnerId;
  final ChatRepository repository;

  @override
  State<ChatInputBar> createState() => _ChatInputBarState();
}

class _ChatInputBarState extends State<ChatInputBar> {
  final _controller = TextEditingController();

  Future<void> _sendText() async {
    final text = _controller.text.trim();
    if (text.isEmpty) return;
    _controller.clear();
    await widget.repository.sendText(widget.partnerId, text);
  }

  Future<void> _sendSticker(KeyboardInsertedContent content) async {
    final bytes = content.data;
    if (bytes == null) return;
    await widget.repository.sendImage(widget.partnerId, bytes, mimeType: content.mimeType);
  }

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return SafeArea(
      top: false,
      child: Padding(
        padding: const EdgeInsets.fromLTRB(12, 4, 8, 8),
        child: Row(
          children: [
            Expanded(
              child: TextField(
                controller: _controller,
                minLines: 1,
                maxLines: 5,
                textCapitalization: TextCapitalization.sentences,
                decoration: const InputDecoration(hintText: 'Mesaj yaz...', border: OutlineInputBorder()),
                // klavyeden gelen GIF ve çıkartmalar da _sendSticker ile gönderilsin
                onSubmitted: (_) => _sendText(),
              ),
            ),
            IconButton(onPressed: _sendText, icon: const Icon(Icons.send), tooltip: 'Gönder'),
          ],
        ),
      ),
    );
  }
}
""",
    r"""
contentInsertionConfiguration: ContentInsertionConfiguration(onContentInserted: _sendSticker),
""",
    ["contentInsertionConfiguration", "ContentInsertionConfiguration", "onContentInserted", "_sendSticker"],
    must_not=["inputFormatters", "onSubmitted"],
)

row(
    "images_assets",
    "argument",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/site.dart';

class RoofCameraCard extends StatefulWidget {
  const RoofCameraCard({super.key, required this.site});

  final Site site;

  @override
  State<RoofCameraCard> createState() => _RoofCameraCardState();
}

class _RoofCameraCardState extends State<RoofCameraCard> {
  Timer? _timer;
  int _tick = 0;

  @override
  void initState() {
    super.initState();
    _timer = Timer.periodic(const Duration(seconds: 10), (_) => setState(() => _tick++));
  }

  @override
  void dispose() {
    _timer?.cancel();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final url = '${widget.site.cameraSnapshotUrl}?t=$_tick';
    return Card(
      clipBehavior: Clip.antiAlias,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          AspectRatio(
            aspectRatio: 16 / 9,
            child: Image.network(
              url,
              fit: BoxFit.cover,
              // yeni kare inene kadar eskisi ekranda kalsin, yanip sonmesin
            ),
          ),
          ListTile(
            dense: true,
            leading: const Icon(Icons.videocam_outlined),
            title: Text(widget.site.name),
            subtitle: const Text('Çatı kamerası · 10 sn\'de bir yenilenir'),
          ),
        ],
      ),
    );
  }
}
""",
    r"""
gaplessPlayback: true,
""",
    ["gaplessPlayback: true"],
    must_not=["gaplessPlayback: false"],
)

row(
    "testing",
    "argument",
    r"""
import 'package:flutter/cupertino.dart';
import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:tandemo/models/chat_message.dart';
import 'package:tandemo/widgets/message_bubble.dart';

void main() {
  final corrected = ChatMessage(
    id: 'm-31',
    senderId: 'p-12',
    text: 'I have went to Izmir last summer',
    sentAt: DateTime(2025, 5, 14, 19, 42),
    correction: 'I went to Izmir last summer',
  );

  Widget host(ChatMessage message) => MaterialApp(
        home: Scaffold(body: MessageBubble(message: message, isMine: false)),
      );

  testWidgets('shows the correction under the original text', (tester) async {
    await tester.pumpWidget(host(corrected));

    expect(find.text('I went to Izmir last summer'), findsOneWidget);
  });

  testWidgets(
    'long press opens the platform action menu',
    (tester) async {
      await tester.pumpWidget(host(corrected));
      await tester.longPress(find.text('I have went to Izmir last summer'));
      await tester.pumpAndSettle();

      final cupertino = defaultTargetPlatform == TargetPlatform.iOS;
      expect(find.byType(CupertinoActionSheet), cupertino ? findsOneWidget : findsNothing);
      expect(find.text('Kopyala'), findsOneWidget);
      expect(find.text('Düzeltme öner'), findsOneWidget);
    },
    // iOS ve Android'de ayrı ayrı koşsun
  );
}
""",
    r"""
variant: TargetPlatformVariant({TargetPlatform.iOS, TargetPlatform.android}),
""",
    [
        "variant:",
        "TargetPlatformVariant",
        "TargetPlatform.iOS | TargetPlatformVariant.mobile",
        "TargetPlatform.android | TargetPlatformVariant.mobile",
    ],
    must_not=["debugDefaultTargetPlatformOverride", "TargetPlatformVariant.desktop", "TargetPlatformVariant.all"],
)

row(
    "performance",
    "argument",
    r"""
import 'package:flutter/material.dart';

import '../models/conversation.dart';
import '../widgets/conversation_tile.dart';

class ConversationList extends StatelessWidget {
  const ConversationList({super.key, required this.conversations, required this.onOpen, required this.onRefresh});

  final List<Conversation> conversations;
  final ValueChanged<Conversation> onOpen;
  final Future<void> Function() onRefresh;

  @override
  Widget build(BuildContext context) {
    if (conversations.isEmpty) {
      return const Center(
        child: Padding(
          padding: EdgeInsets.all(32),
          child: Text(
            'Henüz sohbet yok. Keşfet sekmesinden bir dil partneri bul.',
            textAlign: TextAlign.center,
          ),
        ),
      );
    }
    return RefreshIndicator(
      onRefresh: onRefresh,
      child: ListView.builder(
        itemCount: conversations.length,
        // sohbet en üste çıkınca satırların state'i kaybolmasın, key'den yeni sırasını bulsun
        itemBuilder: (context, index) {
          final c = conversations[index];
          return ConversationTile(
            key: ValueKey(c.id),
            conversation: c,
            onTap: () => onOpen(c),
          );
        },
      ),
    );
  }
}
""",
    r"""
findChildIndexCallback: (key) {
  final id = (key as ValueKey<String>).value;
  final index = conversations.indexWhere((c) => c.id == id);
  return index == -1 ? null : index;
},
""",
    ["findChildIndexCallback", "indexWhere | indexOf | for", "conversations"],
    must_not=["addAutomaticKeepAlives", "itemExtent"],
)


if __name__ == "__main__":
    ROWS.write()
