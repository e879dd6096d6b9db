"""Generator for data/in_context/drafts/train-2.jsonl (in-context TRAINING rows, ids ctx-<topic>-2000..2999).

Domains: fitness/health tracking, banking/wallet, weather. Each host is a realistic Dart file with slot markers
(a line holding only ``@@name``); a row renders one host with one slot replaced by the Turkish request comment
and every other slot line removed (its neutral state). The position is computed with flutr.position and must
match the slot's intended kind (the slot name's prefix).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from flutr.comments import find_request_comments  # noqa: E402
from flutr.position import position_of  # noqa: E402


OUT = ROOT / "data/in_context/drafts/train-2.jsonl"
HOSTS: dict[str, str] = {}
TASKS: list[tuple] = []
KINDS = {
    "top": "top_level",
    "cls": "class_body",
    "st": "statements",
    "cb": "callback",
    "el": "element",
    "arg": "argument",
}


def host(name: str, source: str) -> None:
    HOSTS[name] = source.lstrip("\n")


def T(h, slot, topic, comment, answer, must, must_not=(), checks=()):
    TASKS.append((h, slot, topic, comment, answer.strip("\n"), list(must), list(must_not), list(checks)))


_SLOT = re.compile(r"^(?P<indent>[ \t]*)@@(?P<name>\w+)[ \t]*$")


def render(source: str, slot: str, comment: str) -> str:
    out = []
    found = False
    for line in source.split("\n"):
        m = _SLOT.match(line)
        if not m:
            out.append(line)
            continue
        if m["name"] == slot:
            found = True
            out.extend(m["indent"] + "// " + part.strip() for part in comment.split("\n"))
    if not found:
        raise KeyError(slot)
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------------------
# 1. Fitness: daily step goal page
host("steps", r"""
import 'dart:async';

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:intl/intl.dart';

@@top_a

class StepGoalPage extends StatefulWidget {
  const StepGoalPage({super.key, required this.userName});

  final String userName;

  @override
  State<StepGoalPage> createState() => _StepGoalPageState();
}

class _StepGoalPageState extends State<StepGoalPage> {
  final _goalController = TextEditingController(text: '10000');
  final _scrollController = ScrollController();
  Timer? _syncTimer;
  int _steps = 0;
  int _goal = 10000;
  bool _saving = false;

  @@cls_a

  @override
  void initState() {
    super.initState();
    @@st_init
  }

  @override
  void dispose() {
    @@st_dispose
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final progress = (_steps / _goal).clamp(0.0, 1.0);
    return Scaffold(
      appBar: AppBar(
        title: Text('Merhaba ${widget.userName}'),
      ),
      body: ListView(
        controller: _scrollController,
        padding: const EdgeInsets.all(16),
        children: [
          @@el_body
          Text('$_steps / $_goal adım', style: Theme.of(context).textTheme.headlineSmall),
          const SizedBox(height: 12),
          TextField(
            controller: _goalController,
            keyboardType: TextInputType.number,
            @@arg_field
          ),
          const SizedBox(height: 12),
          FilledButton(
            onPressed: _saving
                ? null
                : () {
                    @@cb_save
                  },
            child: const Text('Hedefi kaydet'),
          ),
        ],
      ),
    );
  }
}
""")

T("steps", "st_dispose", "state", "Controller'ları ve timer'ı temizle",
  "_goalController.dispose();\n_scrollController.dispose();\n_syncTimer?.cancel();",
  ["_goalController.dispose", "_scrollController.dispose", "_syncTimer?.cancel | _syncTimer!.cancel"])
T("steps", "st_dispose", "async", "sayfa kapanınca senkron zamanlayıcısını durdur",
  "_syncTimer?.cancel();", ["_syncTimer?.cancel | _syncTimer!.cancel"])
T("steps", "st_init", "async", "Her 30 saniyede bir adım sayısını 1 artıran bir periyodik timer başlat, _syncTimer'a ata",
  """_syncTimer = Timer.periodic(const Duration(seconds: 30), (_) {
  setState(() => _steps++);
});""", ["Timer.periodic", "_syncTimer", "setState"], checks=["call Timer.periodic > setState"])
T("steps", "st_init", "forms", "Hedef alanı her değiştiğinde _goal'ü güncelleyen bir listener ekle",
  """_goalController.addListener(() {
  final value = int.tryParse(_goalController.text);
  if (value != null && value > 0) {
    setState(() => _goal = value);
  }
});""", ["_goalController.addListener", "int.tryParse"])
T("steps", "st_init", "performance", "ilk frame çizildikten sonra listeyi en alta kaydır",
  """WidgetsBinding.instance.addPostFrameCallback((_) {
  if (_scrollController.hasClients) {
    _scrollController.jumpTo(_scrollController.position.maxScrollExtent);
  }
});""", ["addPostFrameCallback", "_scrollController.jumpTo | _scrollController.animateTo"])
T("steps", "cb_save", "forms", "Girilen hedefi sayıya çevir, geçersizse SnackBar ile uyar, geçerliyse _goal'ü güncelle",
  """final value = int.tryParse(_goalController.text);
if (value == null || value <= 0) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Geçerli bir hedef girin')),
  );
  return;
}
setState(() => _goal = value);""", ["int.tryParse", "showSnackBar", "setState"])
T("steps", "cb_save", "state", "_saving'i true yap, 1 saniye bekle, sonra false yap ve hedefi kaydet",
  """setState(() => _saving = true);
Future.delayed(const Duration(seconds: 1), () {
  if (!mounted) return;
  setState(() {
    _goal = int.tryParse(_goalController.text) ?? _goal;
    _saving = false;
  });
});""", ["_saving", "Future.delayed", "setState"])
T("steps", "cb_save", "widgets_layout", "klavyeyi kapat",
  "FocusScope.of(context).unfocus();", ["unfocus"])
T("steps", "arg_field", "forms", "Alana 'Günlük hedef' etiketi ve yürüyüş ikonu olan bir decoration ver",
  """decoration: const InputDecoration(
  labelText: 'Günlük hedef',
  prefixIcon: Icon(Icons.directions_walk),
),""", ["decoration", "InputDecoration", "labelText", "Icons.directions_walk"])
T("steps", "arg_field", "forms", "sadece rakam girilebilsin",
  "inputFormatters: [FilteringTextInputFormatter.digitsOnly],",
  ["inputFormatters", "FilteringTextInputFormatter.digitsOnly"])
T("steps", "arg_field", "forms", "en fazla 6 karakter girilsin ve klavyede bitti tuşu çıksın",
  "maxLength: 6,\ntextInputAction: TextInputAction.done,", ["maxLength", "TextInputAction.done"])
T("steps", "el_body", "widgets_layout", "İlerlemeyi gösteren yuvarlak köşeli bir LinearProgressIndicator ekle",
  """ClipRRect(
  borderRadius: BorderRadius.circular(8),
  child: LinearProgressIndicator(value: progress, minHeight: 10),
),
const SizedBox(height: 16),""", ["LinearProgressIndicator", "progress"], checks=["call LinearProgressIndicator(value: progress)"])
T("steps", "el_body", "widgets_layout", "hedefe ulaşıldıysa yeşil bir tebrik kartı göster",
  """if (_steps >= _goal)
  const Card(
    color: Colors.green,
    child: ListTile(
      leading: Icon(Icons.emoji_events, color: Colors.white),
      title: Text('Tebrikler, hedefe ulaştın!', style: TextStyle(color: Colors.white)),
    ),
  ),""", ["_steps", "_goal", "Card"])
T("steps", "el_body", "animations", "progress değerini 500 ms'de animasyonla dolduran bir gösterge koy",
  """TweenAnimationBuilder<double>(
  tween: Tween(begin: 0, end: progress),
  duration: const Duration(milliseconds: 500),
  builder: (context, value, _) => LinearProgressIndicator(value: value),
),""", ["TweenAnimationBuilder", "progress", "LinearProgressIndicator | CircularProgressIndicator"])
T("steps", "cls_a", "state", "Adım sayısını sıfırlayan _reset metodu yaz",
  """void _reset() {
  setState(() => _steps = 0);
}""", ["_reset", "setState", "_steps"])
T("steps", "cls_a", "dart_language", "yüzde olarak ilerlemeyi döndüren bir getter tanımla",
  """int get _percent => ((_steps / _goal) * 100).clamp(0, 100).round();""", ["get", "_steps", "_goal"])
T("steps", "cls_a", "async", "Sunucuya adımları gönderiyormuş gibi 2 sn bekleyen async _sync metodu ekle, bu sırada _saving true olsun",
  """Future<void> _sync() async {
  setState(() => _saving = true);
  await Future.delayed(const Duration(seconds: 2));
  if (!mounted) return;
  setState(() => _saving = false);
}""", ["Future", "async", "await", "_saving"])
T("steps", "top_a", "dart_language", "Adımı kilometreye çeviren bir extension yaz (adım başına 0.75 m)",
  """extension StepDistance on int {
  double get kilometers => this * 0.75 / 1000;
}""", ["extension", "kilometers"])
T("steps", "top_a", "dart_language", "varsayılan günlük hedef için sabit tanımla",
  "const int kDefaultDailyGoal = 10000;", ["const"])
# ---------------------------------------------------------------------------------------------------------------
# 2. Weather: HTTP service + model
host("wsvc", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

@@top_a

class WeatherForecast {
  const WeatherForecast({
    required this.city,
    required this.temperature,
    required this.condition,
  });

  final String city;
  final double temperature;
  final String condition;

  factory WeatherForecast.fromJson(Map<String, dynamic> json) {
    @@st_from
  }

  @@cls_model
}

class WeatherService {
  WeatherService(this._client, {required this.apiKey});

  final http.Client _client;
  final String apiKey;
  static const _host = 'api.openweathermap.org';

  @@cls_svc

  Future<WeatherForecast> fetchCurrent(String city, {String lang = 'tr', bool metric = true}) async {
    final uri = Uri.https(_host, '/data/2.5/weather', {
      'q': city,
      'appid': apiKey,
      @@el_query
    });
    final response = await _client.get(
      uri,
      @@arg_get
    );
    @@st_fetch
  }
}
""")

T("wsvc", "st_from", "http_json", "JSON'dan WeatherForecast oluştur: şehir 'name', sıcaklık main.temp, durum weather[0].main",
  """final main = json['main'] as Map<String, dynamic>;
final weather = (json['weather'] as List).first as Map<String, dynamic>;
return WeatherForecast(
  city: json['name'] as String,
  temperature: (main['temp'] as num).toDouble(),
  condition: weather['main'] as String,
);""", ["WeatherForecast", "json", "toDouble"])
T("wsvc", "st_from", "dart_language", "alanlar null gelirse varsayılan değerlerle nesneyi döndür",
  """return WeatherForecast(
  city: json['name'] as String? ?? 'Bilinmiyor',
  temperature: (json['temp'] as num?)?.toDouble() ?? 0,
  condition: json['condition'] as String? ?? '-',
);""", ["WeatherForecast", "??"])
T("wsvc", "cls_model", "http_json", "toJson metodu ekle",
  """Map<String, dynamic> toJson() => {
      'name': city,
      'temp': temperature,
      'condition': condition,
    };""", ["toJson", "city", "temperature", "condition"])
T("wsvc", "cls_model", "dart_language", "copyWith yaz",
  """WeatherForecast copyWith({String? city, double? temperature, String? condition}) {
  return WeatherForecast(
    city: city ?? this.city,
    temperature: temperature ?? this.temperature,
    condition: condition ?? this.condition,
  );
}""", ["copyWith", "WeatherForecast", "??"])
T("wsvc", "cls_model", "dart_language", "toString'i override et, şehir ve sıcaklığı yazsın",
  """@override
String toString() => 'WeatherForecast($city, ${temperature.toStringAsFixed(1)}°C, $condition)';""",
  ["toString", "override"])
T("wsvc", "cls_model", "dart_language", "iki tahmin aynı şehir ve sıcaklıktaysa eşit sayılsın, == ve hashCode",
  """@override
bool operator ==(Object other) =>
    other is WeatherForecast && other.city == city && other.temperature == temperature;

@override
int get hashCode => Object.hash(city, temperature);""", ["operator ==", "hashCode", "Object.hash"])
T("wsvc", "st_fetch", "http_json", "status 200 değilse hata fırlat, değilse gövdeyi parse edip döndür",
  """if (response.statusCode != 200) {
  throw Exception('Hava durumu alınamadı: ${response.statusCode}');
}
final data = jsonDecode(response.body) as Map<String, dynamic>;
return WeatherForecast.fromJson(data);""", ["response.statusCode", "jsonDecode", "WeatherForecast.fromJson"])
T("wsvc", "st_fetch", "http_json", "şehir bulunamazsa (404) 'Şehir bulunamadı' hatası fırlat; gövdeyi utf8 olarak çöz",
  """if (response.statusCode == 404) {
  throw Exception('Şehir bulunamadı: $city');
}
final body = utf8.decode(response.bodyBytes);
return WeatherForecast.fromJson(jsonDecode(body) as Map<String, dynamic>);""",
  ["404", "throw", "utf8.decode", "WeatherForecast.fromJson"])
T("wsvc", "el_query", "localization", "sonuçlar lang parametresindeki dilde gelsin",
  "'lang': lang,", ["lang"])
T("wsvc", "el_query", "http_json", "metric true ise units=metric parametresini ekle",
  "if (metric) 'units': 'metric',", ["metric"])
T("wsvc", "arg_get", "http_json", "Accept: application/json başlığını gönder",
  "headers: {'Accept': 'application/json'},", ["headers"], checks=["literal 'Accept'"])
T("wsvc", "arg_get", "localization", "istek başlığına dil olarak tr-TR ekle",
  "headers: const {'Accept-Language': 'tr-TR'},", ["headers"], checks=["literal 'Accept-Language'"])
T("wsvc", "cls_svc", "async", "Birden çok şehrin havasını paralel çeken fetchMany metodu",
  """Future<List<WeatherForecast>> fetchMany(List<String> cities) {
  return Future.wait(cities.map(fetchCurrent));
}""", ["Future.wait", "fetchCurrent"])
T("wsvc", "cls_svc", "http_json", "client'ı kapatan dispose metodu ekle",
  """void dispose() => _client.close();""", ["_client.close"])
T("wsvc", "cls_svc", "performance", "Aynı şehir için sonuçları bellekte tutan basit bir önbellek alanı ve cachedFetch metodu yaz",
  """final _cache = <String, WeatherForecast>{};

Future<WeatherForecast> cachedFetch(String city) async {
  final cached = _cache[city];
  if (cached != null) return cached;
  final result = await fetchCurrent(city);
  _cache[city] = result;
  return result;
}""", ["_cache", "fetchCurrent"])
T("wsvc", "cls_svc", "async", "10 saniyede cevap gelmezse TimeoutException fırlatan fetchWithTimeout",
  """Future<WeatherForecast> fetchWithTimeout(String city) {
  return fetchCurrent(city).timeout(const Duration(seconds: 10));
}""", ["timeout", "fetchCurrent", "Duration"])
T("wsvc", "top_a", "dart_language", "WeatherException adında özel bir exception sınıfı tanımla, mesaj alsın",
  """class WeatherException implements Exception {
  const WeatherException(this.message);

  final String message;

  @override
  String toString() => 'WeatherException: $message';
}""", ["WeatherException", "implements Exception"], checks=[])
T("wsvc", "top_a", "http_json", "JSON listesini WeatherForecast listesine çeviren üst düzey bir fonksiyon yaz",
  """List<WeatherForecast> parseForecasts(String body) {
  final list = jsonDecode(body) as List<dynamic>;
  return list.map((e) => WeatherForecast.fromJson(e as Map<String, dynamic>)).toList();
}""", ["jsonDecode", "WeatherForecast.fromJson"])
# ---------------------------------------------------------------------------------------------------------------
# 3. Weather: home page with FutureBuilder and refresh
host("whome", r"""
import 'package:flutter/material.dart';

import 'weather_service.dart';

class WeatherHomePage extends StatefulWidget {
  const WeatherHomePage({super.key, required this.service});

  final WeatherService service;

  @override
  State<WeatherHomePage> createState() => _WeatherHomePageState();
}

class _WeatherHomePageState extends State<WeatherHomePage> {
  late Future<WeatherForecast> _forecast;
  String _city = 'İstanbul';

  @override
  void initState() {
    super.initState();
    _forecast = widget.service.fetchCurrent(_city);
  }

  Future<void> _refresh() async {
    @@st_refresh
  }

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text(_city),
        actions: [
          @@el_actions
        ],
      ),
      body: RefreshIndicator(
        onRefresh: _refresh,
        child: FutureBuilder<WeatherForecast>(
          future: _forecast,
          builder: (context, snapshot) {
            @@cb_builder
            final weather = snapshot.data!;
            return ListView(
              children: [
                ListTile(
                  @@arg_tile
                  title: Text(weather.condition),
                  subtitle: Text('${weather.temperature.round()}°C'),
                ),
              ],
            );
          },
        ),
      ),
    );
  }
}
""")

T("whome", "cb_builder", "async", "Yüklenirken ortada bir CircularProgressIndicator göster, hata varsa mesajı yaz",
  """if (snapshot.connectionState == ConnectionState.waiting) {
  return const Center(child: CircularProgressIndicator());
}
if (snapshot.hasError) {
  return Center(child: Text('Hata: ${snapshot.error}'));
}""", ["ConnectionState.waiting", "CircularProgressIndicator", "snapshot.hasError"])
T("whome", "cb_builder", "async", "veri yoksa 'Veri bulunamadı' yazısı döndür",
  """if (!snapshot.hasData) {
  return const Center(child: Text('Veri bulunamadı'));
}""", ["snapshot.hasData"])
T("whome", "cb_builder", "widgets_layout", "hata olursa tekrar dene butonlu bir ekran göster, butona basınca _refresh çağrılsın",
  """if (snapshot.hasError) {
  return Center(
    child: Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        const Icon(Icons.cloud_off, size: 48),
        const SizedBox(height: 8),
        Text('${snapshot.error}'),
        TextButton(onPressed: _refresh, child: const Text('Tekrar dene')),
      ],
    ),
  );
}""", ["snapshot.hasError", "_refresh"])
T("whome", "st_refresh", "state", "Yeni bir istek başlatıp _forecast'ı setState ile güncelle ve tamamlanmasını bekle",
  """final future = widget.service.fetchCurrent(_city);
setState(() => _forecast = future);
await future;""", ["widget.service.fetchCurrent", "setState", "_forecast", "await"])
T("whome", "st_refresh", "async", "veriyi yeniden çek; hata olursa snackbar göster",
  """try {
  final future = widget.service.fetchCurrent(_city);
  setState(() => _forecast = future);
  await future;
} catch (e) {
  if (!mounted) return;
  ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text('Yenilenemedi: $e')));
}""", ["fetchCurrent", "try", "catch", "showSnackBar"])
T("whome", "el_actions", "navigation", "Şehir seçme sayfasını açan bir ikon buton ekle, dönen şehirle veriyi yenile",
  """IconButton(
  icon: const Icon(Icons.location_city),
  onPressed: () async {
    final city = await Navigator.pushNamed<String>(context, '/cities');
    if (city == null) return;
    setState(() {
      _city = city;
      _forecast = widget.service.fetchCurrent(city);
    });
  },
),""", ["IconButton", "Navigator.pushNamed | Navigator.push | Navigator.of | context.push", "setState"])
T("whome", "el_actions", "state", "yenile butonu koy",
  """IconButton(
  icon: const Icon(Icons.refresh),
  tooltip: 'Yenile',
  onPressed: _refresh,
),""", ["IconButton", "_refresh"])
T("whome", "el_actions", "navigation", "ayarlar sayfasına giden bir buton ekle (route adı /settings)",
  """IconButton(
  icon: const Icon(Icons.settings),
  onPressed: () => Navigator.pushNamed(context, '/settings'),
),""", ["IconButton", "Navigator.pushNamed | Navigator.of | context.push | context.go"])
T("whome", "arg_tile", "images_assets", "Solda durumun ikonunu assets/icons klasöründen png olarak göster",
  """leading: Image.asset(
  'assets/icons/${weather.condition.toLowerCase()}.png',
  width: 40,
  height: 40,
),""", ["leading", "Image.asset"])
T("whome", "arg_tile", "images_assets", "leading olarak openweather'ın ikon url'sinden resim yükle, yüklenemezse bulut ikonu göster",
  """leading: Image.network(
  'https://openweathermap.org/img/wn/10d@2x.png',
  width: 48,
  errorBuilder: (context, error, stackTrace) => const Icon(Icons.cloud),
),""", ["leading", "Image.network", "errorBuilder"])
T("whome", "arg_tile", "theming", "trailing'e temanın primary renginde bir termometre ikonu koy",
  """trailing: Icon(Icons.thermostat, color: Theme.of(context).colorScheme.primary),""",
  ["trailing", "Theme.of", "colorScheme"])
T("whome", "cls_a", "state", "Şehri değiştiren _changeCity(String city) metodu yaz, yeni veriyi de başlatsın",
  """void _changeCity(String city) {
  setState(() {
    _city = city;
    _forecast = widget.service.fetchCurrent(city);
  });
}""", ["_changeCity", "setState", "_city", "_forecast"])
T("whome", "cls_a", "widgets_layout", "Sıcaklığa göre renk döndüren bir yardımcı metot (0 altı mavi, 25 üstü turuncu)",
  """Color _temperatureColor(double celsius) {
  if (celsius < 0) return Colors.blue;
  if (celsius > 25) return Colors.orange;
  return Colors.green;
}""", ["Color", "Colors.blue", "Colors.orange"])
T("whome", "cls_a", "state", "widget.service değişirse veriyi yeniden yükle",
  """@override
void didUpdateWidget(covariant WeatherHomePage oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (oldWidget.service != widget.service) {
    _forecast = widget.service.fetchCurrent(_city);
  }
}""", ["didUpdateWidget", "oldWidget.service", "_forecast"])
# ---------------------------------------------------------------------------------------------------------------
# 4. Banking: transactions list
host("txlist", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:intl/intl.dart';

@@top_a

class Transaction {
  const Transaction({required this.id, required this.title, required this.amount, required this.date});

  final String id;
  final String title;
  final double amount;
  final DateTime date;
}

class TransactionsPage extends StatefulWidget {
  const TransactionsPage({super.key, required this.initial});

  final List<Transaction> initial;

  @override
  State<TransactionsPage> createState() => _TransactionsPageState();
}

class _TransactionsPageState extends State<TransactionsPage> {
  late final List<Transaction> _items = List.of(widget.initial);
  final _currency = NumberFormat.currency(locale: 'tr_TR', symbol: '₺');

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Hesap hareketleri')),
      body: ListView.builder(
        itemCount: _items.length,
        @@arg_list
        itemBuilder: (context, index) {
          final tx = _items[index];
          @@cb_item
          return ListTile(
            title: Text(tx.title),
            subtitle: Text(DateFormat.yMMMd('tr_TR').format(tx.date)),
            trailing: Text(_currency.format(tx.amount)),
            onTap: () {
              @@cb_tap
            },
          );
        },
      ),
    );
  }
}
""")

T("txlist", "cb_item", "lists", "Satırı sola kaydırınca silinsin (Dismissible), silinince listeden çıkar",
  """return Dismissible(
  key: ValueKey(tx.id),
  direction: DismissDirection.endToStart,
  background: Container(
    color: Colors.red,
    alignment: Alignment.centerRight,
    padding: const EdgeInsets.only(right: 16),
    child: const Icon(Icons.delete, color: Colors.white),
  ),
  onDismissed: (_) => setState(() => _items.removeAt(index)),
  child: ListTile(
    title: Text(tx.title),
    trailing: Text(_currency.format(tx.amount)),
  ),
);""", ["Dismissible", "ValueKey | Key | ObjectKey", "onDismissed", "_items.removeAt | _items.remove"],
  checks=["call Dismissible(key, onDismissed)"])
T("txlist", "cb_item", "lists", "gelen para yeşil, giden para kırmızı gözüksün; ikonlu bir ListTile döndür",
  """final incoming = tx.amount >= 0;
return ListTile(
  leading: Icon(
    incoming ? Icons.arrow_downward : Icons.arrow_upward,
    color: incoming ? Colors.green : Colors.red,
  ),
  title: Text(tx.title),
  trailing: Text(
    _currency.format(tx.amount),
    style: TextStyle(color: incoming ? Colors.green : Colors.red),
  ),
);""", ["tx.amount", "Colors.green", "Colors.red", "ListTile"])
T("txlist", "cb_item", "lists", "Gün değiştiğinde liste arasına tarih başlığı göster",
  """final showHeader = index == 0 || !DateUtils.isSameDay(_items[index - 1].date, tx.date);
if (showHeader) {
  return Column(
    crossAxisAlignment: CrossAxisAlignment.start,
    children: [
      Padding(
        padding: const EdgeInsets.fromLTRB(16, 16, 16, 4),
        child: Text(DateFormat.yMMMMd('tr_TR').format(tx.date),
            style: Theme.of(context).textTheme.labelLarge),
      ),
      ListTile(title: Text(tx.title), trailing: Text(_currency.format(tx.amount))),
    ],
  );
}""", ["index", "tx.date", "DateFormat | DateUtils"])
T("txlist", "cb_tap", "navigation", "Detay sayfasını aç, işlemi argüman olarak gönder",
  """Navigator.of(context).pushNamed('/transaction', arguments: tx);""",
  ["pushNamed | push | context.push", "tx"])
T("txlist", "cb_tap", "widgets_layout", "işlem detayını alttan açılan bir sheet'te göster",
  """showModalBottomSheet<void>(
  context: context,
  builder: (context) => Padding(
    padding: const EdgeInsets.all(24),
    child: Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        Text(tx.title, style: Theme.of(context).textTheme.titleLarge),
        const SizedBox(height: 8),
        Text(_currency.format(tx.amount)),
      ],
    ),
  ),
);""", ["showModalBottomSheet", "tx.title"])
T("txlist", "cb_tap", "platform", "İşlem numarasını panoya kopyala ve kullanıcıya bildir",
  """Clipboard.setData(ClipboardData(text: tx.id));
ScaffoldMessenger.of(context).showSnackBar(
  const SnackBar(content: Text('İşlem numarası kopyalandı')),
);""", ["Clipboard.setData", "ClipboardData", "tx.id"])
T("txlist", "cb_tap", "widgets_layout", "Silmek isteyip istemediğini soran bir AlertDialog aç, evet derse listeden kaldır",
  """showDialog<bool>(
  context: context,
  builder: (context) => AlertDialog(
    title: const Text('İşlem silinsin mi?'),
    actions: [
      TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
      TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Sil')),
    ],
  ),
).then((confirmed) {
  if (confirmed == true) setState(() => _items.removeAt(index));
});""", ["showDialog", "AlertDialog", "_items.removeAt | _items.remove"])
T("txlist", "arg_list", "performance", "Satır yükseklikleri sabit 72 olsun, kaydırma performansı için",
  "itemExtent: 72,", ["itemExtent"])
T("txlist", "arg_list", "lists", "listenin etrafına 8 piksel boşluk ver",
  "padding: const EdgeInsets.all(8),", ["padding", "EdgeInsets.all"])
T("txlist", "arg_list", "performance", "ekran dışındaki 500 piksellik alanı önceden oluştursun",
  "cacheExtent: 500,", ["cacheExtent"])
T("txlist", "cls_a", "lists", "Hareketleri tarihe göre yeniden eskiye sıralayan _sortByDate metodu",
  """void _sortByDate() {
  setState(() => _items.sort((a, b) => b.date.compareTo(a.date)));
}""", ["_items.sort", "compareTo", "setState"])
T("txlist", "cls_a", "dart_language", "Toplam bakiyeyi hesaplayıp döndüren bir getter yaz",
  """double get _balance => _items.fold(0, (sum, tx) => sum + tx.amount);""",
  ["_items.fold | _items.map", "get"])
T("txlist", "cls_a", "lists", "Yeni bir işlemi listenin en başına ekleyen metot yaz",
  """void _addTransaction(Transaction tx) {
  setState(() => _items.insert(0, tx));
}""", ["_items.insert", "setState", "Transaction"])
T("txlist", "top_a", "dart_language", "İşlem türleri için enum: gelen, giden, transfer",
  """enum TransactionKind { incoming, outgoing, transfer }""", ["enum"])
T("txlist", "top_a", "localization", "DateTime için Türkçe kısa tarih döndüren bir extension yaz",
  """extension TurkishDate on DateTime {
  String get shortTr => DateFormat('d MMM y', 'tr_TR').format(this);
}""", ["extension", "DateFormat"])
T("txlist", "top_a", "localization", "double'ı TL formatında yazan top-level fonksiyon",
  """String formatTry(double amount) {
  return NumberFormat.currency(locale: 'tr_TR', symbol: '₺', decimalDigits: 2).format(amount);
}""", ["NumberFormat.currency"])
# ---------------------------------------------------------------------------------------------------------------
# 5. Banking: money transfer form
host("transfer", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class TransferPage extends StatefulWidget {
  const TransferPage({super.key, required this.balance});

  final double balance;

  @override
  State<TransferPage> createState() => _TransferPageState();
}

class _TransferPageState extends State<TransferPage> {
  final _formKey = GlobalKey<FormState>();
  final _ibanController = TextEditingController();
  final _amountController = TextEditingController();
  final _amountFocus = FocusNode();
  bool _submitting = false;

  @@cls_a

  @override
  void dispose() {
    @@st_dispose
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Para transferi')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _ibanController,
              decoration: const InputDecoration(labelText: 'IBAN'),
              @@arg_iban
            ),
            const SizedBox(height: 12),
            TextFormField(
              controller: _amountController,
              focusNode: _amountFocus,
              decoration: const InputDecoration(labelText: 'Tutar', suffixText: '₺'),
              keyboardType: const TextInputType.numberWithOptions(decimal: true),
              validator: (value) {
                @@cb_validate
              },
            ),
            @@el_form
            const SizedBox(height: 24),
            FilledButton(
              onPressed: _submitting
                  ? null
                  : () async {
                      @@cb_submit
                    },
              child: const Text('Gönder'),
            ),
          ],
        ),
      ),
    );
  }
}
""")

T("transfer", "st_dispose", "forms", "controllerları ve focus node'u dispose et",
  "_ibanController.dispose();\n_amountController.dispose();\n_amountFocus.dispose();",
  ["_ibanController.dispose", "_amountController.dispose", "_amountFocus.dispose"])
T("transfer", "st_dispose", "forms", "Tutar alanının FocusNode'unu serbest bırak",
  "_amountFocus.dispose();", ["_amountFocus.dispose"])
T("transfer", "cb_validate", "forms", "Boşsa 'Tutar girin', sayı değilse 'Geçersiz tutar', bakiyeden fazlaysa 'Yetersiz bakiye' döndür",
  """if (value == null || value.isEmpty) return 'Tutar girin';
final amount = double.tryParse(value.replaceAll(',', '.'));
if (amount == null || amount <= 0) return 'Geçersiz tutar';
if (amount > widget.balance) return 'Yetersiz bakiye';
return null;""", ["double.tryParse", "widget.balance", "return null"])
T("transfer", "cb_validate", "forms", "tutar 1 TL'den az olamaz, kontrol et",
  """final amount = double.tryParse(value ?? '');
if (amount == null || amount < 1) {
  return 'En az 1 ₺ gönderebilirsiniz';
}
return null;""", ["double.tryParse", "return null"])
T("transfer", "cb_submit", "forms", "Form geçerli değilse çık; geçerliyse tutarı parse edip sayfayı tutarla kapat",
  """if (!_formKey.currentState!.validate()) return;
final amount = double.parse(_amountController.text.replaceAll(',', '.'));
Navigator.of(context).pop(amount);""", ["_formKey.currentState", "validate", "pop"])
T("transfer", "cb_submit", "async", "Gönderim sırasında _submitting true olsun, 2 saniyelik sahte istekten sonra başarı mesajı göster",
  """if (!_formKey.currentState!.validate()) return;
setState(() => _submitting = true);
await Future.delayed(const Duration(seconds: 2));
if (!mounted) return;
setState(() => _submitting = false);
ScaffoldMessenger.of(context).showSnackBar(
  const SnackBar(content: Text('Transfer gönderildi')),
);""", ["_submitting", "Future.delayed", "mounted", "showSnackBar"])
T("transfer", "cb_submit", "widgets_layout", "göndermeden önce onay dialogu göster, onaylanmazsa dur",
  """final ok = await showDialog<bool>(
  context: context,
  builder: (context) => AlertDialog(
    title: const Text('Transferi onayla'),
    content: Text('${_amountController.text} ₺ gönderilecek.'),
    actions: [
      TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('İptal')),
      FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Onayla')),
    ],
  ),
);
if (ok != true) return;""", ["showDialog", "AlertDialog", "await"])
T("transfer", "cb_submit", "platform", "işlem başarılı olunca hafif bir titreşim ver",
  """HapticFeedback.mediumImpact();""", ["HapticFeedback"])
T("transfer", "arg_iban", "forms", "IBAN TR ile başlamalı ve 26 karakter olmalı, doğrula",
  """validator: (value) {
  final iban = (value ?? '').replaceAll(' ', '').toUpperCase();
  if (!iban.startsWith('TR') || iban.length != 26) {
    return 'Geçerli bir IBAN girin';
  }
  return null;
},""", ["validator", "startsWith", "length"])
T("transfer", "arg_iban", "forms", "büyük harfe zorla ve klavyede ileri tuşuna basınca tutar alanına geç",
  """textCapitalization: TextCapitalization.characters,
textInputAction: TextInputAction.next,
onFieldSubmitted: (_) => _amountFocus.requestFocus(),""",
  ["TextCapitalization.characters", "onFieldSubmitted", "_amountFocus.requestFocus | FocusScope.of"])
T("transfer", "arg_iban", "forms", "Kullanıcı yazdıkça doğrulama yapılsın",
  "autovalidateMode: AutovalidateMode.onUserInteraction,", ["autovalidateMode", "AutovalidateMode.onUserInteraction"])
T("transfer", "el_form", "widgets_layout", "Mevcut bakiyeyi gösteren küçük bir yazı ekle",
  """Padding(
  padding: const EdgeInsets.only(top: 8),
  child: Text(
    'Kullanılabilir bakiye: ${widget.balance.toStringAsFixed(2)} ₺',
    style: Theme.of(context).textTheme.bodySmall,
  ),
),""", ["Text", "Padding"])
T("transfer", "el_form", "forms", "Açıklama için çok satırlı, isteğe bağlı bir alan ekle",
  """const SizedBox(height: 12),
TextFormField(
  decoration: const InputDecoration(labelText: 'Açıklama (isteğe bağlı)'),
  maxLines: 3,
  maxLength: 140,
),""", ["TextFormField", "maxLines"])
T("transfer", "el_form", "forms", "hızlı tutar seçimi için 100, 250, 500 chip'leri koy; seçince tutar alanını doldursun",
  """Wrap(
  spacing: 8,
  children: [
    for (final amount in const [100, 250, 500])
      ActionChip(
        label: Text('$amount ₺'),
        onPressed: () => _amountController.text = '$amount',
      ),
  ],
),""", ["ActionChip | ChoiceChip | InputChip", "_amountController.text"])
T("transfer", "cls_a", "forms", "Formu temizleyen _clear metodu yaz",
  """void _clear() {
  _formKey.currentState?.reset();
  _ibanController.clear();
  _amountController.clear();
}""", ["_ibanController.clear", "_amountController.clear"])
T("transfer", "cls_a", "dart_language", "Tutarı double olarak döndüren getter, virgülü noktaya çevirsin",
  """double? get _amount => double.tryParse(_amountController.text.replaceAll(',', '.'));""",
  ["double.tryParse", "_amountController.text", "get"])
T("transfer", "cls_a", "forms", "initState'te tutar alanına otomatik odaklan",
  """@override
void initState() {
  super.initState();
  WidgetsBinding.instance.addPostFrameCallback((_) => _amountFocus.requestFocus());
}""", ["initState", "super.initState", "_amountFocus.requestFocus"])
# ---------------------------------------------------------------------------------------------------------------
# 6. Wallet: ChangeNotifier model + provider
host("wallet", r"""
import 'package:flutter/widgets.dart';
import 'package:provider/provider.dart';
import 'package:shared_preferences/shared_preferences.dart';

@@top_a

class BankCard {
  BankCard({required this.id, required this.holder, required this.limit, this.spent = 0});

  final String id;
  final String holder;
  final double limit;
  double spent;
}

class WalletNotifier extends ChangeNotifier {
  WalletNotifier(this._prefs);

  final SharedPreferences _prefs;
  final List<BankCard> _cards = [];
  double _balance = 0;
  bool _loading = false;

  List<BankCard> get cards => List.unmodifiable(_cards);
  double get balance => _balance;
  bool get loading => _loading;

  @@cls_a

  void deposit(double amount) {
    @@st_deposit
  }

  Future<void> load() async {
    _loading = true;
    notifyListeners();
    @@st_load
  }

  Map<String, dynamic> snapshot() => {
        'balance': _balance,
        @@el_snapshot
      };

  void spend(String cardId, double amount) {
    final card = _cards.firstWhere((c) => c.id == cardId);
    @@st_spend
  }
}
""")

T("wallet", "st_deposit", "state", "Tutar pozitif değilse ArgumentError at; bakiyeye ekleyip dinleyicileri bilgilendir",
  """if (amount <= 0) {
  throw ArgumentError.value(amount, 'amount', 'must be positive');
}
_balance += amount;
notifyListeners();""", ["ArgumentError", "_balance", "notifyListeners"])
T("wallet", "st_deposit", "storage", "bakiyeyi artır, SharedPreferences'a kaydet ve notifyListeners çağır",
  """_balance += amount;
_prefs.setDouble('balance', _balance);
notifyListeners();""", ["_balance", "_prefs.setDouble", "notifyListeners"])
T("wallet", "st_load", "storage", "Kayıtlı bakiyeyi prefs'ten oku (yoksa 0), yüklemeyi bitir",
  """_balance = _prefs.getDouble('balance') ?? 0;
_loading = false;
notifyListeners();""", ["_prefs.getDouble", "_loading", "notifyListeners"])
T("wallet", "st_load", "async", "yarım saniye gecikme ile bakiyeyi yükle, hata olsa da _loading finally'de false olsun",
  """try {
  await Future.delayed(const Duration(milliseconds: 500));
  _balance = _prefs.getDouble('balance') ?? 0;
} finally {
  _loading = false;
  notifyListeners();
}""", ["finally", "_loading", "notifyListeners", "await"])
T("wallet", "el_snapshot", "http_json", "kart sayısını ve kartların id listesini de ekle",
  """'cardCount': _cards.length,
'cardIds': [for (final c in _cards) c.id],""", ["_cards"])
T("wallet", "el_snapshot", "dart_language", "yükleniyor bilgisini ve toplam limiti ekle",
  """'loading': _loading,
'totalLimit': _cards.fold<double>(0, (sum, c) => sum + c.limit),""", ["_loading", "_cards.fold"])
T("wallet", "st_spend", "state", "Limit aşılıyorsa StateError fırlat, yoksa harcamayı ekle ve bildir",
  """if (card.spent + amount > card.limit) {
  throw StateError('Kart limiti aşıldı');
}
card.spent += amount;
notifyListeners();""", ["card.spent", "card.limit", "notifyListeners", "StateError | Exception"])
T("wallet", "st_spend", "state", "kartın harcamasını artır, bakiyeden düş, dinleyicilere haber ver",
  """card.spent += amount;
_balance -= amount;
notifyListeners();""", ["card.spent", "_balance", "notifyListeners"])
T("wallet", "cls_a", "state", "Yeni kart ekleyen addCard metodu",
  """void addCard(BankCard card) {
  _cards.add(card);
  notifyListeners();
}""", ["addCard", "_cards.add", "notifyListeners"])
T("wallet", "cls_a", "lists", "id'si verilen kartı silen removeCard",
  """void removeCard(String id) {
  _cards.removeWhere((c) => c.id == id);
  notifyListeners();
}""", ["removeCard", "_cards.removeWhere", "notifyListeners"])
T("wallet", "cls_a", "dart_language", "kartlarda kalan toplam limiti döndüren bir getter tanımla",
  """double get remainingLimit => _cards.fold(0, (sum, c) => sum + (c.limit - c.spent));""",
  ["get", "_cards", "limit", "spent"])
T("wallet", "cls_a", "storage", "Bakiyeyi ve kartları sıfırlayıp prefs'ten de silen reset metodu",
  """Future<void> reset() async {
  _cards.clear();
  _balance = 0;
  await _prefs.remove('balance');
  notifyListeners();
}""", ["_cards.clear", "_prefs.remove", "notifyListeners"])
T("wallet", "top_a", "state", "WalletNotifier'ı uygulamaya sağlayan bir ChangeNotifierProvider widget'ı fonksiyonu yaz",
  """Widget buildWalletScope(SharedPreferences prefs, Widget child) {
  return ChangeNotifierProvider(
    create: (_) => WalletNotifier(prefs)..load(),
    child: child,
  );
}""", ["ChangeNotifierProvider", "WalletNotifier", "create"])
T("wallet", "top_a", "dart_language", "Kart limit kullanım oranını veren bir extension yaz",
  """extension CardUsage on BankCard {
  double get usage => limit == 0 ? 0 : spent / limit;
}""", ["extension", "usage | spent"])
# ---------------------------------------------------------------------------------------------------------------
# 7. Fitness: heart-rate pulse animation
host("pulse", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class HeartRateBadge extends StatefulWidget {
  const HeartRateBadge({super.key, required this.bpm});

  final int bpm;

  @override
  State<HeartRateBadge> createState() => _HeartRateBadgeState();
}

class _HeartRateBadgeState extends State<HeartRateBadge> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;
  late final Animation<double> _scale;

  @override
  void initState() {
    super.initState();
    _controller = AnimationController(
      vsync: this,
      @@arg_ctrl
    );
    @@st_init
  }

  @override
  void didUpdateWidget(covariant HeartRateBadge oldWidget) {
    super.didUpdateWidget(oldWidget);
    @@st_update
  }

  @override
  void dispose() {
    @@st_dispose
    super.dispose();
  }

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTap: () {
        @@cb_tap
      },
      child: Row(
        mainAxisSize: MainAxisSize.min,
        children: [
          ScaleTransition(
            scale: _scale,
            child: const Icon(Icons.favorite, color: Colors.red, size: 32),
          ),
          const SizedBox(width: 8),
          @@el_row
          Text('${widget.bpm} bpm'),
        ],
      ),
    );
  }
}
""")

T("pulse", "st_dispose", "animations", "AnimationController'ı dispose et",
  "_controller.dispose();", ["_controller.dispose"])
T("pulse", "st_dispose", "animations", "animasyon kontrolcüsünü durdurup serbest bırak",
  "_controller.stop();\n_controller.dispose();", ["_controller.dispose"])
T("pulse", "arg_ctrl", "animations", "nabza göre süre ver: dakikadaki atış sayısından bir vuruşun süresini hesapla",
  "duration: Duration(milliseconds: (60000 / widget.bpm).round()),", ["duration", "Duration", "widget.bpm"])
T("pulse", "arg_ctrl", "animations", "süre 800 ms, geri dönüş 400 ms olsun",
  "duration: const Duration(milliseconds: 800),\nreverseDuration: const Duration(milliseconds: 400),",
  ["duration", "reverseDuration"])
T("pulse", "st_init", "animations", "1.0'dan 1.3'e easeInOut eğrili bir _scale tanımla ve animasyonu ileri geri sürekli tekrarla",
  """_scale = Tween<double>(begin: 1.0, end: 1.3).animate(
  CurvedAnimation(parent: _controller, curve: Curves.easeInOut),
);
_controller.repeat(reverse: true);""", ["Tween", "CurvedAnimation", "_controller.repeat", "_scale"],
  checks=["call _controller.repeat(reverse)"])
T("pulse", "st_init", "animations", "_scale'i elasticOut eğrisiyle oluştur, animasyonu bir kez ileri oynat",
  """_scale = CurvedAnimation(parent: _controller, curve: Curves.elasticOut);
_controller.forward();""", ["CurvedAnimation", "Curves.elasticOut", "_controller.forward"])
T("pulse", "st_init", "animations", "Ölçek animasyonunu kur; animasyon bitince tersine, başa dönünce ileri oynat",
  """_scale = Tween<double>(begin: 1, end: 1.25).animate(_controller);
_controller.addStatusListener((status) {
  if (status == AnimationStatus.completed) {
    _controller.reverse();
  } else if (status == AnimationStatus.dismissed) {
    _controller.forward();
  }
});
_controller.forward();""", ["addStatusListener", "AnimationStatus.completed", "_controller.reverse", "_controller.forward"])
T("pulse", "st_update", "animations", "bpm değiştiyse controller süresini güncelle ve animasyonu yeniden başlat",
  """if (oldWidget.bpm != widget.bpm) {
  _controller.duration = Duration(milliseconds: (60000 / widget.bpm).round());
  _controller
    ..reset()
    ..repeat(reverse: true);
}""", ["oldWidget.bpm", "widget.bpm", "_controller.duration", "repeat"])
T("pulse", "st_update", "performance", "Nabız 0 olursa animasyonu durdur, tekrar gelirse başlat",
  """if (widget.bpm == 0) {
  _controller.stop();
} else if (!_controller.isAnimating) {
  _controller.repeat(reverse: true);
}""", ["widget.bpm", "_controller.stop", "_controller.isAnimating", "_controller.repeat"])
T("pulse", "cb_tap", "animations", "dokununca animasyon çalışıyorsa durdur, duruyorsa yeniden başlat",
  """if (_controller.isAnimating) {
  _controller.stop();
} else {
  _controller.repeat(reverse: true);
}""", ["_controller.isAnimating", "_controller.stop", "_controller.repeat"])
T("pulse", "cb_tap", "platform", "Dokunulduğunda hafif titreşim ver ve nabzı snackbar ile göster",
  """HapticFeedback.lightImpact();
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(content: Text('Nabız: ${widget.bpm} bpm')),
);""", ["HapticFeedback.lightImpact", "showSnackBar", "widget.bpm"])
T("pulse", "el_row", "animations", "bpm değiştiğinde sayının fade ile değiştiği bir AnimatedSwitcher koy",
  """AnimatedSwitcher(
  duration: const Duration(milliseconds: 300),
  child: Text(
    '${widget.bpm}',
    key: ValueKey(widget.bpm),
    style: Theme.of(context).textTheme.titleLarge,
  ),
),""", ["AnimatedSwitcher", "ValueKey", "widget.bpm"], checks=["call AnimatedSwitcher(duration, child)"])
T("pulse", "el_row", "animations", "Yüksek nabızda (120 üstü) rengi animasyonla kırmızıya dönen küçük bir nokta ekle",
  """AnimatedContainer(
  duration: const Duration(milliseconds: 400),
  width: 10,
  height: 10,
  decoration: BoxDecoration(
    shape: BoxShape.circle,
    color: widget.bpm > 120 ? Colors.red : Colors.green,
  ),
),
const SizedBox(width: 8),""", ["AnimatedContainer", "widget.bpm", "duration"])
T("pulse", "el_row", "animations", "kalbin yanında controller değerine göre dönen bir ikon koy",
  """RotationTransition(
  turns: _controller,
  child: const Icon(Icons.sync, size: 16),
),""", ["RotationTransition", "_controller"])
T("pulse", "cls_a", "animations", "Animasyonu başa saran ve yeniden oynatan _restart metodu",
  """void _restart() {
  _controller
    ..reset()
    ..forward();
}""", ["_controller", "reset", "forward"])
T("pulse", "cls_a", "performance", "Sadece ikon yeniden çizilsin diye AnimatedBuilder ile opaklık değişen bir _buildGlow metodu yaz",
  """Widget _buildGlow() {
  return AnimatedBuilder(
    animation: _controller,
    builder: (context, child) => Opacity(opacity: 0.4 + 0.6 * _controller.value, child: child),
    child: const Icon(Icons.favorite, color: Colors.red),
  );
}""", ["AnimatedBuilder", "_controller", "child"], checks=["call AnimatedBuilder(animation, builder, child)"])
# ---------------------------------------------------------------------------------------------------------------
# 8. Weather: app root with theme and localization
host("wapp", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:flutter_gen/gen_l10n/app_localizations.dart';
import 'package:flutter_localizations/flutter_localizations.dart';
import 'package:shared_preferences/shared_preferences.dart';

@@top_a

class WeatherApp extends StatefulWidget {
  const WeatherApp({super.key});

  @override
  State<WeatherApp> createState() => _WeatherAppState();
}

class _WeatherAppState extends State<WeatherApp> {
  ThemeMode _mode = ThemeMode.system;
  Locale _locale = const Locale('tr');

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Hava Durumu',
      debugShowCheckedModeBanner: false,
      themeMode: _mode,
      locale: _locale,
      @@arg_app
      theme: ThemeData(
        useMaterial3: true,
        colorScheme: ColorScheme.fromSeed(seedColor: Colors.lightBlue),
        @@arg_theme
      ),
      localizationsDelegates: const [
        GlobalMaterialLocalizations.delegate,
        GlobalWidgetsLocalizations.delegate,
        @@el_delegates
      ],
      supportedLocales: const [
        Locale('tr'),
        @@el_locales
      ],
      home: const Scaffold(body: Center(child: Text('Hava Durumu'))),
    );
  }
}
""")

T("wapp", "arg_app", "theming", "koyu tema ekle, aynı seed renginden",
  """darkTheme: ThemeData(
  useMaterial3: true,
  colorScheme: ColorScheme.fromSeed(
    seedColor: Colors.lightBlue,
    brightness: Brightness.dark,
  ),
),""", ["darkTheme", "ColorScheme.fromSeed", "Brightness.dark"], checks=["call ColorScheme.fromSeed(brightness)"])
T("wapp", "arg_app", "navigation", "/settings için bir named route tanımla",
  """routes: {
  '/settings': (context) => const Scaffold(body: Center(child: Text('Ayarlar'))),
},""", ["routes"])
T("wapp", "arg_app", "navigation", "bilinmeyen bir route açılırsa 'Sayfa bulunamadı' gösteren bir sayfa döndür",
  """onUnknownRoute: (settings) => MaterialPageRoute(
  builder: (context) => const Scaffold(body: Center(child: Text('Sayfa bulunamadı'))),
),""", ["onUnknownRoute", "MaterialPageRoute"])
T("wapp", "arg_theme", "theming", "AppBar ortalanmış başlıklı ve gölgesiz olsun",
  """appBarTheme: const AppBarTheme(centerTitle: true, elevation: 0),""", ["appBarTheme", "AppBarTheme", "centerTitle"])
T("wapp", "arg_theme", "theming", "Kartların köşeleri 16 yuvarlak olsun",
  """cardTheme: CardThemeData(
  shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(16)),
),""", ["cardTheme", "RoundedRectangleBorder", "BorderRadius.circular"])
T("wapp", "arg_theme", "theming", "uygulamanın tüm input alanları outline border'lı olsun",
  """inputDecorationTheme: const InputDecorationTheme(border: OutlineInputBorder()),""",
  ["inputDecorationTheme", "InputDecorationTheme", "OutlineInputBorder"])
T("wapp", "arg_theme", "theming", "Yazı tipi olarak Roboto'yu ve daha büyük başlık stilini kullan",
  """fontFamily: 'Roboto',
textTheme: const TextTheme(
  headlineMedium: TextStyle(fontSize: 30, fontWeight: FontWeight.bold),
),""", ["fontFamily", "textTheme", "TextTheme"])
T("wapp", "el_delegates", "localization", "cupertino widget'ları için de Türkçe çeviri delegesini ekle",
  "GlobalCupertinoLocalizations.delegate,", ["GlobalCupertinoLocalizations.delegate"])
T("wapp", "el_delegates", "localization", "uygulamanın kendi AppLocalizations delegesini ekle",
  "AppLocalizations.delegate,", ["AppLocalizations.delegate"])
T("wapp", "el_locales", "localization", "İngilizce ve Almanca desteği ekle",
  "Locale('en'),\nLocale('de'),", ["Locale"])
T("wapp", "el_locales", "localization", "amerikan ingilizcesini ekle",
  "Locale('en', 'US'),", ["Locale"])
T("wapp", "cls_a", "theming", "Açık ve koyu tema arasında geçiş yapan _toggleTheme metodu",
  """void _toggleTheme() {
  setState(() {
    _mode = _mode == ThemeMode.dark ? ThemeMode.light : ThemeMode.dark;
  });
}""", ["_mode", "ThemeMode.dark", "ThemeMode.light", "setState"])
T("wapp", "cls_a", "localization", "dili değiştiren _setLocale(Locale locale) metodu yaz",
  """void _setLocale(Locale locale) {
  setState(() => _locale = locale);
}""", ["_setLocale", "_locale", "setState"])
T("wapp", "cls_a", "storage", "Kayıtlı tema tercihini SharedPreferences'tan okuyan _loadTheme metodu yaz",
  """Future<void> _loadTheme() async {
  final prefs = await SharedPreferences.getInstance();
  final dark = prefs.getBool('dark_mode');
  if (dark == null) return;
  setState(() => _mode = dark ? ThemeMode.dark : ThemeMode.light);
}""", ["SharedPreferences.getInstance", "getBool", "_mode"])
T("wapp", "top_a", "theming", "Uygulama renklerini tutan sabit bir sınıf tanımla (güneşli, yağmurlu, karlı)",
  """abstract final class WeatherColors {
  static const sunny = Color(0xFFFFB300);
  static const rainy = Color(0xFF42A5F5);
  static const snowy = Color(0xFFE3F2FD);
}""", ["static const", "Color"])
T("wapp", "top_a", "widgets_layout", "main fonksiyonunu yaz",
  """void main() {
  runApp(const WeatherApp());
}""", ["main", "runApp", "WeatherApp"])
T("wapp", "top_a", "platform", "main'de binding'i başlatıp sadece dikey yönlendirmeye izin ver, sonra uygulamayı çalıştır",
  """Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await SystemChrome.setPreferredOrientations([DeviceOrientation.portraitUp]);
  runApp(const WeatherApp());
}""", ["WidgetsFlutterBinding.ensureInitialized", "SystemChrome.setPreferredOrientations", "runApp"])
# ---------------------------------------------------------------------------------------------------------------
# 9. Banking: widget tests for the transfer page
host("ttest", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:intl/intl.dart';

import 'package:wallet/transfer_page.dart';

@@top_a

void main() {
  late Widget app;

  setUp(() {
    app = const MaterialApp(home: TransferPage(balance: 500));
    @@cb_setup
  });

  testWidgets('shows the form fields', (tester) async {
    await tester.pumpWidget(app);
    @@cb_fields
  });

  testWidgets('rejects an amount above the balance', (tester) async {
    await tester.pumpWidget(app);
    @@cb_balance
  });

  group('submit', () {
    @@cb_group
  });
}
""")

T("ttest", "cb_fields", "testing", "IBAN ve Tutar etiketlerinin ekranda olduğunu doğrula",
  """expect(find.text('IBAN'), findsOneWidget);
expect(find.text('Tutar'), findsOneWidget);""", ["expect", "find.text", "findsOneWidget"])
T("ttest", "cb_fields", "testing", "iki tane TextFormField ve bir FilledButton olmalı",
  """expect(find.byType(TextFormField), findsNWidgets(2));
expect(find.byType(FilledButton), findsOneWidget);""", ["find.byType", "findsNWidgets", "TextFormField"])
T("ttest", "cb_fields", "testing", "Gönder butonunun aktif olduğunu kontrol et",
  """final button = tester.widget<FilledButton>(find.byType(FilledButton));
expect(button.onPressed, isNotNull);""", ["tester.widget", "onPressed", "isNotNull"])
T("ttest", "cb_balance", "testing", "Tutar alanına 1000 yaz, Gönder'e bas ve 'Yetersiz bakiye' hatasını bekle",
  """await tester.enterText(find.byType(TextFormField).last, '1000');
await tester.tap(find.text('Gönder'));
await tester.pump();
expect(find.text('Yetersiz bakiye'), findsOneWidget);""",
  ["tester.enterText", "tester.tap", "tester.pump", "findsOneWidget"])
T("ttest", "cb_balance", "testing", "boş formu gönderince 'Tutar girin' çıkmalı",
  """await tester.tap(find.text('Gönder'));
await tester.pumpAndSettle();
expect(find.text('Tutar girin'), findsOneWidget);""", ["tester.tap", "pump | pumpAndSettle", "find.text"])
T("ttest", "cb_balance", "testing", "Geçerli bir tutar girince hata mesajı görünmemeli",
  """await tester.enterText(find.byType(TextFormField).last, '100');
await tester.tap(find.text('Gönder'));
await tester.pump();
expect(find.text('Yetersiz bakiye'), findsNothing);""", ["tester.enterText", "findsNothing"])
T("ttest", "cb_setup", "localization", "testlerde intl'in varsayılan dilini Türkçe yap",
  """Intl.defaultLocale = 'tr_TR';""", ["Intl.defaultLocale"])
T("ttest", "cb_group", "testing", "Gönder'e basınca onay dialogu açıldığını test eden bir testWidgets yaz",
  """testWidgets('opens the confirmation dialog', (tester) async {
  await tester.pumpWidget(app);
  await tester.enterText(find.byType(TextFormField).last, '50');
  await tester.tap(find.text('Gönder'));
  await tester.pumpAndSettle();
  expect(find.byType(AlertDialog), findsOneWidget);
});""", ["testWidgets", "find.byType", "AlertDialog"])
T("ttest", "cb_group", "testing", "IBAN alanına yazılan metnin controller'a geçtiğini test et",
  """testWidgets('keeps the typed IBAN', (tester) async {
  await tester.pumpWidget(app);
  await tester.enterText(find.byType(TextFormField).first, 'TR000000000000000000000000');
  await tester.pump();
  expect(find.text('TR000000000000000000000000'), findsOneWidget);
});""", ["testWidgets", "tester.enterText", "expect"])
T("ttest", "cb_group", "testing", "küçük ekranda (320x480) formun taşmadığını test et",
  """testWidgets('fits a small screen', (tester) async {
  tester.view.physicalSize = const Size(320, 480);
  tester.view.devicePixelRatio = 1;
  addTearDown(tester.view.reset);
  await tester.pumpWidget(app);
  expect(tester.takeException(), isNull);
});""", ["tester.view", "physicalSize", "addTearDown", "takeException"])
T("ttest", "top_a", "testing", "Widget'ı MaterialApp ve Scaffold ile saran bir yardımcı fonksiyon yaz",
  """Widget wrap(Widget child) => MaterialApp(home: Scaffold(body: child));""", ["MaterialApp", "Scaffold"])
T("ttest", "top_a", "testing", "Tutar alanına metin girip gönderen ortak bir helper yaz",
  """Future<void> submitAmount(WidgetTester tester, String amount) async {
  await tester.enterText(find.byType(TextFormField).last, amount);
  await tester.tap(find.text('Gönder'));
  await tester.pumpAndSettle();
}""", ["WidgetTester", "tester.enterText", "tester.tap"])
# ---------------------------------------------------------------------------------------------------------------
# 10. Fitness: workout settings repository (shared_preferences)
host("prefs", r"""
import 'dart:convert';

import 'package:shared_preferences/shared_preferences.dart';

@@top_a

class WorkoutSettings {
  const WorkoutSettings({this.restSeconds = 60, this.metricUnits = true, this.reminderHour = 8});

  final int restSeconds;
  final bool metricUnits;
  final int reminderHour;

  factory WorkoutSettings.fromJson(Map<String, dynamic> json) => WorkoutSettings(
        restSeconds: json['restSeconds'] as int? ?? 60,
        metricUnits: json['metricUnits'] as bool? ?? true,
        reminderHour: json['reminderHour'] as int? ?? 8,
      );

  Map<String, dynamic> toJson() => {
        'restSeconds': restSeconds,
        'metricUnits': metricUnits,
        @@el_json
      };
}

@@top_b

class SettingsRepository {
  SettingsRepository(this._prefs);

  final SharedPreferences _prefs;
  static const _settingsKey = 'workout_settings';
  static const _historyKey = 'workout_history';

  Future<void> save(WorkoutSettings settings) async {
    @@st_save
  }

  WorkoutSettings read() {
    @@st_read
  }

  @@cls_a
}
""")

T("prefs", "st_save", "storage", "Ayarları JSON string olarak _settingsKey altına yaz",
  "await _prefs.setString(_settingsKey, jsonEncode(settings.toJson()));",
  ["_prefs.setString", "_settingsKey", "jsonEncode", "settings.toJson"])
T("prefs", "st_save", "storage", "ayarları kaydet, başarısız olursa Exception fırlat",
  """final ok = await _prefs.setString(_settingsKey, jsonEncode(settings.toJson()));
if (!ok) {
  throw Exception('Ayarlar kaydedilemedi');
}""", ["_prefs.setString", "jsonEncode", "throw"])
T("prefs", "st_read", "storage", "Kayıtlı JSON'u oku; yoksa varsayılan ayarları döndür",
  """final raw = _prefs.getString(_settingsKey);
if (raw == null) return const WorkoutSettings();
return WorkoutSettings.fromJson(jsonDecode(raw) as Map<String, dynamic>);""", ["_prefs.getString", "_settingsKey", "jsonDecode", "WorkoutSettings"])
T("prefs", "st_read", "storage", "bozuk JSON gelirse yakala ve varsayılanı döndür",
  """final raw = _prefs.getString(_settingsKey);
if (raw == null) return const WorkoutSettings();
try {
  return WorkoutSettings.fromJson(jsonDecode(raw) as Map<String, dynamic>);
} on FormatException {
  return const WorkoutSettings();
}""", ["_prefs.getString", "FormatException", "jsonDecode"])
T("prefs", "el_json", "storage", "hatırlatma saatini de ekle",
  "'reminderHour': reminderHour,", ["reminderHour"])
T("prefs", "el_json", "dart_language", "sadece varsayılandan farklıysa hatırlatma saatini yaz",
  "if (reminderHour != 8) 'reminderHour': reminderHour,", ["reminderHour", "if"])
T("prefs", "cls_a", "storage", "Tamamlanan antrenman tarihlerini string listesi olarak ekleyen addHistory metodu",
  """Future<void> addHistory(DateTime date) async {
  final history = _prefs.getStringList(_historyKey) ?? [];
  history.add(date.toIso8601String());
  await _prefs.setStringList(_historyKey, history);
}""", ["_prefs.getStringList", "_prefs.setStringList", "_historyKey"])
T("prefs", "cls_a", "storage", "geçmişi DateTime listesi olarak döndür",
  """List<DateTime> history() {
  return (_prefs.getStringList(_historyKey) ?? [])
      .map(DateTime.parse)
      .toList();
}""", ["_prefs.getStringList", "DateTime.parse", "_historyKey"])
T("prefs", "cls_a", "storage", "Tüm ayarları ve geçmişi silen clear metodu ekle",
  """Future<void> clear() async {
  await _prefs.remove(_settingsKey);
  await _prefs.remove(_historyKey);
}""", ["_prefs.remove", "_settingsKey", "_historyKey"])
T("prefs", "cls_a", "async", "SharedPreferences örneğini alıp repository döndüren statik create fabrikası",
  """static Future<SettingsRepository> create() async {
  final prefs = await SharedPreferences.getInstance();
  return SettingsRepository(prefs);
}""", ["SharedPreferences.getInstance", "SettingsRepository", "static"])
T("prefs", "top_a", "dart_language", "Hafta günleri için Türkçe kısaltmaları tutan sabit liste",
  """const List<String> kWeekdaysTr = ['Pzt', 'Sal', 'Çar', 'Per', 'Cum', 'Cmt', 'Paz'];""", ["const", "List"])
T("prefs", "top_a", "storage", "Anahtar isimlerini tutan bir PrefKeys sınıfı oluştur",
  """abstract final class PrefKeys {
  static const settings = 'workout_settings';
  static const history = 'workout_history';
  static const onboardingDone = 'onboarding_done';
}""", ["class PrefKeys", "static const"])
T("prefs", "top_b", "dart_language", "WorkoutSettings için copyWith sağlayan bir extension yaz",
  """extension WorkoutSettingsX on WorkoutSettings {
  WorkoutSettings copyWith({int? restSeconds, bool? metricUnits, int? reminderHour}) {
    return WorkoutSettings(
      restSeconds: restSeconds ?? this.restSeconds,
      metricUnits: metricUnits ?? this.metricUnits,
      reminderHour: reminderHour ?? this.reminderHour,
    );
  }
}""", ["extension", "copyWith", "WorkoutSettings"])
T("prefs", "top_b", "storage", "İlk açılışta onboarding gösterilip gösterilmediğini okuyan top-level async fonksiyon",
  """Future<bool> isOnboardingDone() async {
  final prefs = await SharedPreferences.getInstance();
  return prefs.getBool('onboarding_done') ?? false;
}""", ["SharedPreferences.getInstance", "getBool"])
T("prefs", "top_b", "storage", "Dinlenme süresini saniye olarak kaydeden basit top-level fonksiyon yaz",
  """Future<void> saveRestSeconds(int seconds) async {
  final prefs = await SharedPreferences.getInstance();
  await prefs.setInt('rest_seconds', seconds);
}""", ["SharedPreferences.getInstance", "setInt"])
# ---------------------------------------------------------------------------------------------------------------
# 11. Banking: go_router configuration
host("router", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'auth_notifier.dart';
import 'screens.dart';

@@top_a

GoRouter buildRouter(AuthNotifier auth) {
  return GoRouter(
    initialLocation: '/accounts',
    refreshListenable: auth,
    @@arg_router
    redirect: (context, state) {
      final loggingIn = state.matchedLocation == '/login';
      @@cb_redirect
    },
    routes: [
      GoRoute(
        path: '/login',
        builder: (context, state) => const LoginScreen(),
      ),
      GoRoute(
        path: '/accounts',
        builder: (context, state) => const AccountsScreen(),
        routes: [
          @@el_child
        ],
      ),
      @@el_routes
    ],
  );
}

@@top_b
""")

T("router", "cb_redirect", "navigation", "Giriş yapılmamışsa /login'e yönlendir, giriş yapılmışken login'deyse /accounts'a gönder",
  """if (!auth.isLoggedIn) return loggingIn ? null : '/login';
if (loggingIn) return '/accounts';
return null;""", ["auth.isLoggedIn", "loggingIn", "return null"])
T("router", "cb_redirect", "navigation", "oturum süresi dolduysa login sayfasına, gideceği yeri 'from' parametresiyle gönder",
  """if (!auth.isLoggedIn && !loggingIn) {
  return Uri(path: '/login', queryParameters: {'from': state.uri.toString()}).toString();
}
return null;""", ["auth.isLoggedIn", "state.uri", "queryParameters"])
T("router", "el_child", "navigation", "Hesap detayı için :id parametreli alt route ekle",
  """GoRoute(
  path: ':id',
  builder: (context, state) => AccountDetailScreen(id: state.pathParameters['id']!),
),""", ["GoRoute", "state.pathParameters"], checks=["call GoRoute(path, builder)"])
T("router", "el_child", "navigation", "hesap altında 'transfer' sayfası ekle, extra ile gelen bakiyeyi geçir",
  """GoRoute(
  path: 'transfer',
  builder: (context, state) => TransferScreen(balance: state.extra as double? ?? 0),
),""", ["GoRoute", "state.extra"])
T("router", "el_routes", "navigation", "Ayarlar ekranı için /settings route'unu ekle",
  """GoRoute(
  path: '/settings',
  builder: (context, state) => const SettingsScreen(),
),""", ["GoRoute", "path", "builder"])
T("router", "el_routes", "animations", "/cards sayfası fade geçişiyle açılsın",
  """GoRoute(
  path: '/cards',
  pageBuilder: (context, state) => CustomTransitionPage(
    key: state.pageKey,
    child: const CardsScreen(),
    transitionsBuilder: (context, animation, secondaryAnimation, child) =>
        FadeTransition(opacity: animation, child: child),
  ),
),""", ["GoRoute", "CustomTransitionPage", "FadeTransition"])
T("router", "el_routes", "navigation", "Alt navigasyon çubuğu için ShellRoute ekle, içinde /history olsun",
  """ShellRoute(
  builder: (context, state, child) => Scaffold(
    body: child,
    bottomNavigationBar: NavigationBar(
      destinations: const [
        NavigationDestination(icon: Icon(Icons.account_balance), label: 'Hesaplar'),
        NavigationDestination(icon: Icon(Icons.history), label: 'Geçmiş'),
      ],
    ),
  ),
  routes: [
    GoRoute(path: '/history', builder: (context, state) => const HistoryScreen()),
  ],
),""", ["ShellRoute", "GoRoute"])
T("router", "arg_router", "navigation", "Hata sayfası olarak 'Sayfa bulunamadı' göster",
  """errorBuilder: (context, state) => Scaffold(
  body: Center(child: Text('Sayfa bulunamadı: ${state.uri}')),
),""", ["errorBuilder", "Scaffold"])
T("router", "arg_router", "navigation", "Geliştirme için yönlendirme loglarını aç",
  "debugLogDiagnostics: true,", ["debugLogDiagnostics"])
T("router", "arg_router", "navigation", "üst seviye navigator anahtarı olarak rootNavigatorKey'i ver",
  "navigatorKey: rootNavigatorKey,", ["navigatorKey", "rootNavigatorKey"])
T("router", "top_a", "navigation", "Uygulamanın kök navigator'ı için global bir anahtar tanımla",
  "final rootNavigatorKey = GlobalKey<NavigatorState>();", ["GlobalKey", "NavigatorState"])
T("router", "top_a", "navigation", "route yollarını sabit olarak tutan bir sınıf yaz",
  """abstract final class AppRoutes {
  static const login = '/login';
  static const accounts = '/accounts';
  static const settings = '/settings';
}""", ["static const"])
T("router", "top_b", "navigation", "Hesap detayına id ile giden bir BuildContext extension'ı yaz",
  """extension AccountNavigation on BuildContext {
  void openAccount(String id) => go('/accounts/$id');
}""", ["extension", "BuildContext", "go | push"])
T("router", "top_b", "widgets_layout", "Router'ı kullanan MaterialApp.router'lı BankApp widget'ı yaz",
  """class BankApp extends StatelessWidget {
  const BankApp({super.key, required this.auth});

  final AuthNotifier auth;

  @override
  Widget build(BuildContext context) {
    return MaterialApp.router(routerConfig: buildRouter(auth));
  }
}""", ["MaterialApp.router", "routerConfig", "buildRouter"], checks=["extends StatelessWidget | StatefulWidget"])
# ---------------------------------------------------------------------------------------------------------------
# 12. Fitness: profile photo page (image_picker)
host("avatar", r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:image_picker/image_picker.dart';

class ProfilePhotoPage extends StatefulWidget {
  const ProfilePhotoPage({super.key, this.photoUrl});

  final String? photoUrl;

  @override
  State<ProfilePhotoPage> createState() => _ProfilePhotoPageState();
}

class _ProfilePhotoPageState extends State<ProfilePhotoPage> {
  final _picker = ImagePicker();
  File? _photo;

  Future<void> _pick(ImageSource source) async {
    @@st_pick
  }

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Profil fotoğrafı')),
      body: Center(
        child: Column(
          mainAxisAlignment: MainAxisAlignment.center,
          children: [
            CircleAvatar(
              radius: 64,
              @@arg_avatar
            ),
            const SizedBox(height: 24),
            @@el_buttons
          ],
        ),
      ),
    );
  }
}
""")

T("avatar", "st_pick", "images_assets", "Seçilen kaynaktan 1024 px genişliğe kadar küçültülmüş bir fotoğraf al, _photo'ya ata",
  """final picked = await _picker.pickImage(source: source, maxWidth: 1024, imageQuality: 85);
if (picked == null) return;
setState(() => _photo = File(picked.path));""", ["_picker.pickImage", "source", "File", "setState"],
  checks=["call _picker.pickImage(source)"])
T("avatar", "st_pick", "platform", "izin reddedilirse PlatformException'ı yakalayıp kullanıcıya bildir",
  """try {
  final picked = await _picker.pickImage(source: source);
  if (picked == null) return;
  setState(() => _photo = File(picked.path));
} on PlatformException catch (e) {
  if (!mounted) return;
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(content: Text('Fotoğraf alınamadı: ${e.message}')),
  );
}""", ["PlatformException", "_picker.pickImage", "showSnackBar"])
T("avatar", "st_pick", "images_assets", "ön kamerayı tercih et, resim seçilmezse çık",
  """final picked = await _picker.pickImage(
  source: source,
  preferredCameraDevice: CameraDevice.front,
);
if (picked == null) return;
setState(() => _photo = File(picked.path));""", ["preferredCameraDevice", "CameraDevice.front"])
T("avatar", "arg_avatar", "images_assets", "Seçilen foto varsa onu, yoksa widget.photoUrl'den ağ resmini arka plan yap",
  """backgroundImage: _photo != null
    ? FileImage(_photo!)
    : widget.photoUrl != null
        ? NetworkImage(widget.photoUrl!)
        : null,""",
  ["backgroundImage", "FileImage", "NetworkImage"])
T("avatar", "arg_avatar", "images_assets", "foto yoksa varsayılan avatarı assets'ten göster, varsa dosyadan",
  """backgroundImage: _photo == null
    ? const AssetImage('assets/images/default_avatar.png') as ImageProvider
    : FileImage(_photo!),""", ["backgroundImage", "AssetImage", "FileImage"])
T("avatar", "arg_avatar", "theming", "Arka plan rengi temanın primaryContainer'ı olsun, içine kişi ikonu koy",
  """backgroundColor: Theme.of(context).colorScheme.primaryContainer,
child: _photo == null ? const Icon(Icons.person, size: 64) : null,""",
  ["backgroundColor", "colorScheme.primaryContainer", "Icons.person"])
T("avatar", "el_buttons", "images_assets", "Galeriden ve kameradan seçmek için iki buton koy",
  """FilledButton.icon(
  onPressed: () => _pick(ImageSource.gallery),
  icon: const Icon(Icons.photo_library),
  label: const Text('Galeriden seç'),
),
OutlinedButton.icon(
  onPressed: () => _pick(ImageSource.camera),
  icon: const Icon(Icons.photo_camera),
  label: const Text('Fotoğraf çek'),
),""", ["_pick", "ImageSource.gallery", "ImageSource.camera"])
T("avatar", "el_buttons", "state", "Foto seçildiyse onu kaldıran bir buton göster",
  """if (_photo != null)
  TextButton(
    onPressed: () => setState(() => _photo = null),
    child: const Text('Fotoğrafı kaldır'),
  ),""", ["_photo", "setState"])
T("avatar", "el_buttons", "navigation", "kaydet butonu: seçilen dosyayla sayfayı kapatsın",
  """FilledButton(
  onPressed: _photo == null ? null : () => Navigator.pop(context, _photo),
  child: const Text('Kaydet'),
),""", ["Navigator.pop | Navigator.of | context.pop", "_photo"])
T("avatar", "cls_a", "images_assets", "Seçim kaynağını alttan açılan menüyle soran _showSourceSheet metodu",
  """void _showSourceSheet() {
  showModalBottomSheet<void>(
    context: context,
    builder: (context) => SafeArea(
      child: Wrap(
        children: [
          ListTile(
            leading: const Icon(Icons.photo_library),
            title: const Text('Galeri'),
            onTap: () {
              Navigator.pop(context);
              _pick(ImageSource.gallery);
            },
          ),
          ListTile(
            leading: const Icon(Icons.photo_camera),
            title: const Text('Kamera'),
            onTap: () {
              Navigator.pop(context);
              _pick(ImageSource.camera);
            },
          ),
        ],
      ),
    ),
  );
}""", ["showModalBottomSheet", "_pick", "ImageSource.gallery"])
T("avatar", "cls_a", "images_assets", "Varsayılan avatarı önceden belleğe yüklemek için didChangeDependencies'i override et",
  """@override
void didChangeDependencies() {
  super.didChangeDependencies();
  precacheImage(const AssetImage('assets/images/default_avatar.png'), context);
}""", ["didChangeDependencies", "precacheImage", "AssetImage"])
T("avatar", "cls_a", "platform", "Uygulama yeniden başlatılınca kaybolan seçimi geri almak için _retrieveLost metodu yaz (Android)",
  """Future<void> _retrieveLost() async {
  final response = await _picker.retrieveLostData();
  if (response.isEmpty || response.file == null) return;
  setState(() => _photo = File(response.file!.path));
}""", ["_picker.retrieveLostData", "response.file"])
# ---------------------------------------------------------------------------------------------------------------
# 13. Fitness: native step sensor via platform channels
host("sensor", r"""
import 'dart:async';
import 'dart:io';

import 'package:flutter/foundation.dart';
import 'package:flutter/services.dart';

@@top_a

class StepSensor {
  StepSensor();

  static const _methods = MethodChannel('fit.app/steps');
  static const _events = EventChannel('fit.app/steps/stream');
  StreamSubscription<dynamic>? _subscription;
  final _controller = StreamController<int>.broadcast();

  Stream<int> get steps => _controller.stream;

  Future<bool> isAvailable() async {
    @@st_available
  }

  void start() {
    @@st_start
  }

  Future<void> stop() async {
    @@st_stop
  }

  @@cls_a
}
""")

T("sensor", "st_available", "platform", "Native tarafta isAvailable metodunu çağır, null gelirse false döndür",
  """final result = await _methods.invokeMethod<bool>('isAvailable');
return result ?? false;""", ["_methods.invokeMethod"], checks=["call _methods.invokeMethod"])
T("sensor", "st_available", "platform", "web'de ya da iOS/Android dışında false döndür, yoksa native'e sor; PlatformException'da false",
  """if (kIsWeb || !(Platform.isAndroid || Platform.isIOS)) return false;
try {
  return await _methods.invokeMethod<bool>('isAvailable') ?? false;
} on PlatformException {
  return false;
}""", ["kIsWeb", "Platform.isAndroid", "PlatformException", "_methods.invokeMethod"])
T("sensor", "st_start", "platform", "EventChannel'ı dinle, gelen değeri int olarak controller'a ekle",
  """_subscription ??= _events.receiveBroadcastStream().listen(
  (event) => _controller.add(event as int),
  onError: _controller.addError,
);""", ["_events.receiveBroadcastStream", "listen", "_controller.add", "_subscription"])
T("sensor", "st_start", "async", "zaten dinliyorsa bir şey yapma; değilse akışı dinlemeye başla",
  """if (_subscription != null) return;
_subscription = _events.receiveBroadcastStream().listen((event) {
  _controller.add((event as num).toInt());
});""", ["_subscription", "receiveBroadcastStream", "_controller.add"])
T("sensor", "st_stop", "async", "Aboneliği iptal et ve null yap",
  """await _subscription?.cancel();
_subscription = null;""", ["_subscription?.cancel | _subscription!.cancel", "_subscription = null"])
T("sensor", "st_stop", "platform", "native tarafa stop mesajı gönder ve dinlemeyi bırak",
  """await _methods.invokeMethod<void>('stop');
await _subscription?.cancel();
_subscription = null;""", ["_methods.invokeMethod", "_subscription"])
T("sensor", "cls_a", "platform", "Native taraftan gelen çağrıları dinleyen bir handler kur (onGoalReached)",
  """void listenNative(void Function() onGoalReached) {
  _methods.setMethodCallHandler((call) async {
    if (call.method == 'onGoalReached') onGoalReached();
  });
}""", ["_methods.setMethodCallHandler", "call.method"])
T("sensor", "cls_a", "async", "Her şeyi kapatan dispose metodu",
  """Future<void> dispose() async {
  await _subscription?.cancel();
  await _controller.close();
}""", ["_controller.close", "_subscription"])
T("sensor", "cls_a", "platform", "bugünkü toplam adımı native'den isteyen todaySteps metodu",
  """Future<int> todaySteps() async {
  final value = await _methods.invokeMethod<int>('todaySteps');
  return value ?? 0;
}""", ["_methods.invokeMethod", "Future<int>"])
T("sensor", "cls_a", "async", "adımları 1 saniyede en fazla bir kez yayan throttled bir stream getter'ı yaz",
  """Stream<int> get throttledSteps async* {
  var last = DateTime.fromMillisecondsSinceEpoch(0);
  await for (final value in steps) {
    final now = DateTime.now();
    if (now.difference(last) >= const Duration(seconds: 1)) {
      last = now;
      yield value;
    }
  }
}""", ["async*", "await for", "yield", "steps"])
T("sensor", "top_a", "platform", "Platform adını Türkçe döndüren bir fonksiyon yaz",
  """String platformName() {
  if (kIsWeb) return 'Web';
  if (Platform.isAndroid) return 'Android';
  if (Platform.isIOS) return 'iOS';
  return 'Diğer';
}""", ["Platform.isAndroid", "Platform.isIOS"])
T("sensor", "top_a", "dart_language", "Sensör hataları için sealed bir sonuç tipi tanımla: Available, Unavailable",
  """sealed class SensorResult {
  const SensorResult();
}

final class SensorAvailable extends SensorResult {
  const SensorAvailable();
}

final class SensorUnavailable extends SensorResult {
  const SensorUnavailable(this.reason);
  final String reason;
}""", ["sealed class", "extends SensorResult"])
T("sensor", "top_a", "platform", "Android sürümünü native'den okuyan bir top-level fonksiyon (kanal: fit.app/device)",
  """Future<int?> androidSdkInt() {
  const channel = MethodChannel('fit.app/device');
  return channel.invokeMethod<int>('sdkInt');
}""", ["MethodChannel", "invokeMethod"])
# ---------------------------------------------------------------------------------------------------------------
# 14. Weather: unit tests for the service with MockClient
host("wtest", r"""
import 'dart:convert';

import 'package:flutter_test/flutter_test.dart';
import 'package:http/http.dart' as http;
import 'package:http/testing.dart';

import 'package:weather/weather_service.dart';

@@top_a

var requestCount = 0;

void main() {
  group('WeatherService', () {
    test('parses the current weather', () async {
      final client = MockClient((request) async {
        @@cb_mock
      });
      final service = WeatherService(client, apiKey: 'test');
      final result = await service.fetchCurrent('Ankara');
      @@cb_expect
    });

    test('throws on a server error', () async {
      final service = WeatherService(
        MockClient((request) async => http.Response('error', 500)),
        apiKey: 'test',
      );
      @@cb_error
    });

    @@cb_group
  });
}
""")

T("wtest", "cb_mock", "testing", "Örnek bir JSON ile 200 döndür (Ankara, 21.5 derece, Clear)",
  """return http.Response(
  jsonEncode({
    'name': 'Ankara',
    'main': {'temp': 21.5},
    'weather': [
      {'main': 'Clear'},
    ],
  }),
  200,
);""", ["http.Response", "jsonEncode", "200"])
T("wtest", "cb_mock", "testing", "isteğin q parametresinin Ankara olduğunu doğrula, sonra basit bir yanıt dön",
  """expect(request.url.queryParameters['q'], 'Ankara');
return http.Response('{"name":"Ankara","main":{"temp":20},"weather":[{"main":"Clouds"}]}', 200);""",
  ["request.url.queryParameters", "expect", "http.Response"])
T("wtest", "cb_mock", "http_json", "Türkçe karakterli yanıtı utf-8 başlığıyla döndür",
  """return http.Response(
  jsonEncode({'name': 'Muğla', 'main': {'temp': 30}, 'weather': [{'main': 'Güneşli'}]}),
  200,
  headers: {'content-type': 'application/json; charset=utf-8'},
);""", ["http.Response", "headers"])
T("wtest", "cb_expect", "testing", "şehir, sıcaklık ve durumu kontrol et",
  """expect(result.city, 'Ankara');
expect(result.temperature, closeTo(21.5, 0.01));
expect(result.condition, 'Clear');""", ["expect", "result.city", "result.temperature"])
T("wtest", "cb_expect", "testing", "Sonucun WeatherForecast olduğunu ve sıcaklığın sıfırdan büyük olduğunu doğrula",
  """expect(result, isA<WeatherForecast>());
expect(result.temperature, greaterThan(0));""", ["isA", "greaterThan"])
T("wtest", "cb_error", "testing", "fetchCurrent'ın Exception fırlattığını test et",
  """expect(() => service.fetchCurrent('Ankara'), throwsA(isA<Exception>()));""",
  ["expect", "throwsA | throwsException", "service.fetchCurrent"])
T("wtest", "cb_error", "testing", "hata beklediğini expectLater ile yaz",
  """await expectLater(service.fetchCurrent('İzmir'), throwsException);""",
  ["expectLater", "throwsException | throwsA", "service.fetchCurrent"])
T("wtest", "cb_group", "testing", "fetchMany'nin iki şehir için iki sonuç döndürdüğünü test et",
  """test('fetches many cities', () async {
  final service = WeatherService(
    MockClient((request) async => http.Response(
          jsonEncode({
            'name': request.url.queryParameters['q'],
            'main': {'temp': 10},
            'weather': [{'main': 'Rain'}],
          }),
          200,
        )),
    apiKey: 'test',
  );
  final results = await service.fetchMany(['Bursa', 'Van']);
  expect(results, hasLength(2));
});""", ["test", "fetchMany", "hasLength"])
T("wtest", "cb_group", "testing", "404 dönünce WeatherException fırlatıldığını kontrol eden test ekle",
  """test('throws WeatherException for an unknown city', () async {
  final service = WeatherService(
    MockClient((request) async => http.Response('not found', 404)),
    apiKey: 'test',
  );
  expect(service.fetchCurrent('Xyz'), throwsA(isA<WeatherException>()));
});""", ["test", "404", "throwsA", "WeatherException"])
T("wtest", "cb_group", "testing", "Her testten sonra çalışan bir tearDown ekle, sayacı sıfırlasın",
  """tearDown(() {
  requestCount = 0;
});""", ["tearDown", "requestCount"])
T("wtest", "top_a", "testing", "Testlerde kullanılacak sahte API anahtarını sabit olarak tanımla",
  "const kTestApiKey = 'test-key';", ["const", "kTestApiKey"])
T("wtest", "top_a", "testing", "verilen sıcaklıkla sahte JSON gövdesi üreten yardımcı fonksiyon yaz",
  """String fakeWeatherJson(String city, double temp) => jsonEncode({
      'name': city,
      'main': {'temp': temp},
      'weather': [
        {'main': 'Clear'},
      ],
    });""", ["jsonEncode"])
T("wtest", "top_a", "testing", "her zaman aynı yanıtı veren MockClient oluşturan fonksiyon",
  """MockClient fixedClient(String body, {int status = 200}) {
  return MockClient((request) async => http.Response(body, status));
}""", ["MockClient", "http.Response"])
# ---------------------------------------------------------------------------------------------------------------
# 15. Fitness: workout history with heavy parsing
host("history", r"""
import 'dart:convert';
import 'dart:isolate';

import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';

class Workout {
  const Workout({required this.name, required this.minutes, required this.calories});

  final String name;
  final int minutes;
  final int calories;

  factory Workout.fromJson(Map<String, dynamic> json) => Workout(
        name: json['name'] as String,
        minutes: json['minutes'] as int,
        calories: json['calories'] as int,
      );
}

@@top_a

class WorkoutHistoryList extends StatelessWidget {
  const WorkoutHistoryList({super.key, required this.workouts, required this.onSelected});

  final List<Workout> workouts;
  final ValueChanged<Workout> onSelected;

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return CustomScrollView(
      slivers: [
        @@el_slivers
        SliverList.builder(
          itemCount: workouts.length,
          itemBuilder: (context, index) {
            final workout = workouts[index];
            return ListTile(
              @@arg_tile
              title: Text(workout.name),
              subtitle: Text('${workout.minutes} dk · ${workout.calories} kcal'),
            );
          },
        ),
      ],
    );
  }
}
""")

T("history", "top_a", "performance", "Büyük JSON listesini arka planda (isolate) parse eden bir fonksiyon yaz",
  """Future<List<Workout>> parseWorkouts(String body) {
  return compute(_decodeWorkouts, body);
}

List<Workout> _decodeWorkouts(String body) {
  final list = jsonDecode(body) as List<dynamic>;
  return list.map((e) => Workout.fromJson(e as Map<String, dynamic>)).toList();
}""", ["compute", "jsonDecode", "Workout.fromJson"], checks=["call compute"])
T("history", "top_a", "performance", "Isolate.run ile antrenman JSON'unu çözen async fonksiyon",
  """Future<List<Workout>> decodeInBackground(String body) {
  return Isolate.run(() {
    final list = jsonDecode(body) as List<dynamic>;
    return [for (final e in list) Workout.fromJson(e as Map<String, dynamic>)];
  });
}""", ["Isolate.run", "jsonDecode"])
T("history", "top_a", "dart_language", "Workout listesi için toplam kaloriyi ve dakikayı hesaplayan bir extension yaz",
  """extension WorkoutTotals on List<Workout> {
  int get totalCalories => fold(0, (sum, w) => sum + w.calories);
  int get totalMinutes => fold(0, (sum, w) => sum + w.minutes);
}""", ["extension", "fold"])
T("history", "el_slivers", "widgets_layout", "Başlığı 'Geçmiş' olan, kaydırınca küçülen bir SliverAppBar ekle",
  """const SliverAppBar.large(
  title: Text('Geçmiş'),
  pinned: true,
),""", ["SliverAppBar | SliverAppBar.large | SliverAppBar.medium"])
T("history", "el_slivers", "lists", "Listenin üstünde toplam kaloriyi gösteren bir SliverToBoxAdapter koy",
  """SliverToBoxAdapter(
  child: Padding(
    padding: const EdgeInsets.all(16),
    child: Text(
      'Toplam: ${workouts.fold<int>(0, (sum, w) => sum + w.calories)} kcal',
      style: Theme.of(context).textTheme.titleMedium,
    ),
  ),
),""", ["SliverToBoxAdapter", "workouts"])
T("history", "el_slivers", "lists", "liste boşsa ortada 'Henüz antrenman yok' yazan bir sliver göster",
  """if (workouts.isEmpty)
  const SliverFillRemaining(
    hasScrollBody: false,
    child: Center(child: Text('Henüz antrenman yok')),
  ),""", ["workouts.isEmpty", "SliverFillRemaining"])
T("history", "arg_tile", "lists", "Dokununca onSelected'ı çağır",
  "onTap: () => onSelected(workout),", ["onTap", "onSelected"])
T("history", "arg_tile", "performance", "her satıra antrenman adıyla bir key ver",
  "key: ValueKey(workout.name),", ["key", "ValueKey"])
T("history", "arg_tile", "widgets_layout", "Solda sıra numarasını gösteren bir CircleAvatar koy",
  "leading: CircleAvatar(child: Text('${index + 1}')),", ["leading", "CircleAvatar"])
T("history", "arg_tile", "lists", "sağa kaloriye göre ateş ikonu, yoğun antrenmanda kırmızı",
  "trailing: Icon(Icons.local_fire_department, color: workout.calories > 400 ? Colors.red : Colors.orange),",
  ["trailing", "Icons.local_fire_department", "workout.calories"])
T("history", "cls_a", "performance", "Her antrenman kartını RepaintBoundary ile saran bir yardımcı metot yaz",
  """Widget _buildIsolatedTile(Workout workout) {
  return RepaintBoundary(
    child: ListTile(title: Text(workout.name)),
  );
}""", ["RepaintBoundary"])
T("history", "cls_a", "dart_language", "En uzun antrenmanı döndüren getter, liste boşsa null",
  """Workout? get _longest => workouts.isEmpty
    ? null
    : workouts.reduce((a, b) => a.minutes >= b.minutes ? a : b);""", ["workouts", "reduce | fold | sort", "get"])
# ---------------------------------------------------------------------------------------------------------------
# 16. Banking: accounts overview grid
host("accounts", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:intl/intl.dart';

class Account {
  const Account({required this.name, required this.iban, required this.balance, this.color = Colors.indigo});

  final String name;
  final String iban;
  final double balance;
  final Color color;
}

class AccountsOverview extends StatelessWidget {
  const AccountsOverview({super.key, required this.accounts, required this.onOpen});

  final List<Account> accounts;
  final void Function(Account account) onOpen;

  @@cls_a

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return GridView.builder(
      padding: const EdgeInsets.all(16),
      itemCount: accounts.length,
      @@arg_grid
      itemBuilder: (context, index) {
        final account = accounts[index];
        return InkWell(
          borderRadius: BorderRadius.circular(16),
          onTap: () {
            @@cb_tap
          },
          child: Container(
            padding: const EdgeInsets.all(12),
            @@arg_box
            child: Column(
              crossAxisAlignment: CrossAxisAlignment.start,
              children: [
                Text(account.name, style: theme.textTheme.titleMedium),
                const Spacer(),
                @@el_col
              ],
            ),
          ),
        );
      },
    );
  }
}
""")

T("accounts", "arg_grid", "lists", "İki sütunlu, aralarında 12 boşluk olan ızgara yap",
  """gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
  crossAxisCount: 2,
  mainAxisSpacing: 12,
  crossAxisSpacing: 12,
),""", ["gridDelegate", "SliverGridDelegateWithFixedCrossAxisCount", "crossAxisCount"],
  checks=["call SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount)"])
T("accounts", "arg_grid", "widgets_layout", "kart genişliği en fazla 220 olsun, sütun sayısı ekrana göre ayarlansın",
  """gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(
  maxCrossAxisExtent: 220,
  childAspectRatio: 1.4,
  mainAxisSpacing: 12,
  crossAxisSpacing: 12,
),""", ["SliverGridDelegateWithMaxCrossAxisExtent", "maxCrossAxisExtent"])
T("accounts", "arg_grid", "lists", "Izgara yatay kaydırılsın",
  """scrollDirection: Axis.horizontal,
gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 1),""",
  ["scrollDirection", "Axis.horizontal"])
T("accounts", "arg_box", "widgets_layout", "Hesabın rengiyle 16 yuvarlak köşeli bir kutu dekorasyonu ver",
  """decoration: BoxDecoration(
  color: account.color,
  borderRadius: BorderRadius.circular(16),
),""", ["decoration", "BoxDecoration", "account.color", "BorderRadius.circular"])
T("accounts", "arg_box", "theming", "kartın arka planı hesap renginden açık tonlu bir gradyan olsun ve gölgesi olsun",
  """decoration: BoxDecoration(
  borderRadius: BorderRadius.circular(16),
  gradient: LinearGradient(
    colors: [account.color, account.color.withValues(alpha: 0.6)],
    begin: Alignment.topLeft,
    end: Alignment.bottomRight,
  ),
  boxShadow: const [BoxShadow(color: Colors.black26, blurRadius: 8, offset: Offset(0, 4))],
),""", ["LinearGradient", "account.color", "boxShadow | BoxShadow"])
T("accounts", "arg_box", "theming", "Arka plan temanın surfaceContainerHighest rengi, kenarlık outlineVariant olsun",
  """decoration: BoxDecoration(
  color: theme.colorScheme.surfaceContainerHighest,
  border: Border.all(color: theme.colorScheme.outlineVariant),
  borderRadius: BorderRadius.circular(16),
),""", ["theme.colorScheme", "Border.all", "BoxDecoration"])
T("accounts", "el_col", "localization", "Bakiyeyi TL para birimi formatında göster",
  """Text(
  NumberFormat.currency(locale: 'tr_TR', symbol: '₺').format(account.balance),
  style: theme.textTheme.headlineSmall,
),""", ["NumberFormat.currency", "account.balance"])
T("accounts", "el_col", "widgets_layout", "IBAN'ın son 4 hanesini gri ve küçük yazıyla göster",
  """Text(
  '•••• ${account.iban.substring(account.iban.length - 4)}',
  style: theme.textTheme.bodySmall?.copyWith(color: Colors.grey),
),""", ["account.iban", "substring", "Text"])
T("accounts", "el_col", "widgets_layout", "bakiye ve sağda bir ok ikonu aynı satırda olsun",
  """Row(
  children: [
    Expanded(child: Text(account.balance.toStringAsFixed(2))),
    const Icon(Icons.chevron_right),
  ],
),""", ["Row", "Expanded", "account.balance"])
T("accounts", "cb_tap", "lists", "Dokunulan hesabı onOpen ile dışarı bildir",
  "onOpen(account);", ["onOpen", "account"])
T("accounts", "cb_tap", "navigation", "hesap detayına bir MaterialPageRoute ile git",
  """Navigator.of(context).push(
  MaterialPageRoute(
    builder: (context) => Scaffold(
      appBar: AppBar(title: Text(account.name)),
      body: Center(child: Text(account.iban)),
    ),
  ),
);""", ["Navigator.of | Navigator.push", "MaterialPageRoute"])
T("accounts", "cb_tap", "platform", "IBAN'ı panoya kopyala",
  "Clipboard.setData(ClipboardData(text: account.iban));", ["Clipboard.setData", "account.iban"])
T("accounts", "cls_a", "dart_language", "Tüm hesapların toplam bakiyesini veren getter",
  "double get totalBalance => accounts.fold(0, (sum, a) => sum + a.balance);", ["get", "accounts", "balance"])
T("accounts", "cls_a", "widgets_layout", "liste boşken gösterilecek bir _buildEmpty metodu yaz",
  """Widget _buildEmpty(BuildContext context) {
  return const Center(
    child: Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        Icon(Icons.account_balance_wallet_outlined, size: 48),
        SizedBox(height: 8),
        Text('Henüz hesabınız yok'),
      ],
    ),
  );
}""", ["Widget", "Center", "Column"])
# ---------------------------------------------------------------------------------------------------------------
# 17. Banking: theme file with a ThemeExtension
host("btheme", r"""
import 'package:flutter/material.dart';
import 'package:google_fonts/google_fonts.dart';

@@top_a

class BankColors extends ThemeExtension<BankColors> {
  const BankColors({required this.income, required this.expense});

  final Color income;
  final Color expense;

  @override
  BankColors copyWith({Color? income, Color? expense}) {
    @@st_copy
  }

  @override
  BankColors lerp(ThemeExtension<BankColors>? other, double t) {
    @@st_lerp
  }

  @@cls_ext
}

ThemeData buildBankTheme(Brightness brightness) {
  final scheme = ColorScheme.fromSeed(seedColor: const Color(0xFF0B6E4F), brightness: brightness);
  return ThemeData(
    colorScheme: scheme,
    @@arg_theme
    extensions: [
      @@el_ext
    ],
  );
}

@@top_b
""")

T("btheme", "st_copy", "theming", "verilmeyen renkler mevcut değerleri korusun",
  """return BankColors(
  income: income ?? this.income,
  expense: expense ?? this.expense,
);""", ["BankColors", "income ?? this.income", "??"])
T("btheme", "st_lerp", "theming", "Diğeri BankColors değilse kendini döndür, değilse renkleri Color.lerp ile karıştır",
  """if (other is! BankColors) return this;
return BankColors(
  income: Color.lerp(income, other.income, t)!,
  expense: Color.lerp(expense, other.expense, t)!,
);""", ["Color.lerp", "other.income", "is!"])
T("btheme", "cls_ext", "theming", "Açık tema için hazır bir statik sabit tanımla",
  """static const light = BankColors(income: Color(0xFF2E7D32), expense: Color(0xFFC62828));""",
  ["static const", "BankColors"])
T("btheme", "cls_ext", "theming", "tutara göre gelir ya da gider rengini döndüren metot",
  """Color forAmount(double amount) => amount >= 0 ? income : expense;""", ["income", "expense"])
T("btheme", "arg_theme", "theming", "Tüm ElevatedButton'lar tam genişlikte ve 12 yuvarlak köşeli olsun",
  """elevatedButtonTheme: ElevatedButtonThemeData(
  style: ElevatedButton.styleFrom(
    minimumSize: const Size.fromHeight(48),
    shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(12)),
  ),
),""", ["elevatedButtonTheme", "ElevatedButtonThemeData", "ElevatedButton.styleFrom"])
T("btheme", "arg_theme", "theming", "scaffold arka planı scheme'in surface rengi olsun",
  "scaffoldBackgroundColor: scheme.surface,", ["scaffoldBackgroundColor", "scheme.surface"])
T("btheme", "arg_theme", "theming", "Liste elemanlarının ikon rengi primary olsun, yoğun görünsün",
  """listTileTheme: ListTileThemeData(iconColor: scheme.primary, dense: true),""",
  ["listTileTheme", "ListTileThemeData", "scheme.primary"])
T("btheme", "arg_theme", "theming", "SnackBar'lar yüzen tipte olsun",
  "snackBarTheme: const SnackBarThemeData(behavior: SnackBarBehavior.floating),",
  ["snackBarTheme", "SnackBarBehavior.floating"])
T("btheme", "el_ext", "theming", "parlaklığa göre açık ya da koyu BankColors ekle",
  """brightness == Brightness.dark
    ? const BankColors(income: Color(0xFF81C784), expense: Color(0xFFE57373))
    : const BankColors(income: Color(0xFF2E7D32), expense: Color(0xFFC62828)),""",
  ["BankColors", "Brightness.dark"])
T("btheme", "el_ext", "theming", "BankColors'ı yeşil ve kırmızı ile ekle",
  "const BankColors(income: Colors.green, expense: Colors.red),", ["BankColors", "Colors.green", "Colors.red"])
T("btheme", "top_a", "theming", "Uygulamanın ana marka rengini sabit tanımla",
  "const kBrandGreen = Color(0xFF0B6E4F);", ["const", "Color"])
T("btheme", "top_b", "theming", "context üzerinden BankColors'a kolay erişim için extension yaz",
  """extension BankColorsContext on BuildContext {
  BankColors get bankColors => Theme.of(this).extension<BankColors>()!;
}""", ["extension", "Theme.of", "BankColors"])
T("btheme", "top_b", "theming", "Koyu tema için hazır bir ThemeData değişkeni tanımla",
  "final ThemeData bankDarkTheme = buildBankTheme(Brightness.dark);", ["buildBankTheme", "Brightness.dark"])
T("btheme", "top_b", "theming", "Gelir/gider tutarını BankColors rengiyle yazan küçük bir AmountText widget'ı yaz",
  """class AmountText extends StatelessWidget {
  const AmountText(this.amount, {super.key});

  final double amount;

  @override
  Widget build(BuildContext context) {
    final colors = Theme.of(context).extension<BankColors>()!;
    return Text(
      amount.toStringAsFixed(2),
      style: TextStyle(color: amount >= 0 ? colors.income : colors.expense),
    );
  }
}""", ["extends StatelessWidget", "extension", "BankColors"])
T("btheme", "top_a", "theming", "Google Fonts'tan Inter ile bir TextTheme üreten fonksiyon yaz",
  """TextTheme bankTextTheme(TextTheme base) => GoogleFonts.interTextTheme(base);""", ["GoogleFonts"])
# ---------------------------------------------------------------------------------------------------------------
# 18. Weather: 7-day forecast strip (localization)
host("daily", r"""
import 'package:flutter/material.dart';
import 'package:intl/date_symbol_data_local.dart';
import 'package:intl/intl.dart';

class DailyForecast {
  const DailyForecast({required this.day, required this.min, required this.max, required this.rainChance});

  final DateTime day;
  final double min;
  final double max;
  final double rainChance;
}

@@top_a

class WeeklyStrip extends StatelessWidget {
  const WeeklyStrip({super.key, required this.days, this.fahrenheit = false});

  final List<DailyForecast> days;
  final bool fahrenheit;

  @@cls_a

  @override
  Widget build(BuildContext context) {
    final locale = Localizations.localeOf(context).toString();
    return SizedBox(
      height: 140,
      child: ListView.separated(
        scrollDirection: Axis.horizontal,
        itemCount: days.length,
        separatorBuilder: (context, index) => const SizedBox(width: 8),
        itemBuilder: (context, index) {
          final item = days[index];
          @@cb_item
          return Column(
            children: [
              @@el_day
              Text('${item.max.round()}° / ${item.min.round()}°'),
            ],
          );
        },
      ),
    );
  }
}
""")

T("daily", "el_day", "localization", "Günün kısa adını kullanıcının diline göre yaz (Pzt, Sal...)",
  "Text(DateFormat.E(locale).format(item.day)),", ["DateFormat.E | DateFormat", "locale", "item.day"])
T("daily", "el_day", "localization", "gün ve ay adını yerel formatta göster (ör. 5 Mar)",
  "Text(DateFormat.MMMd(locale).format(item.day)),", ["DateFormat.MMMd | DateFormat", "item.day"])
T("daily", "el_day", "localization", "Yağış ihtimalini yerel yüzde formatında yaz",
  "Text(NumberFormat.percentPattern(locale).format(item.rainChance)),", ["NumberFormat.percentPattern", "item.rainChance"])
T("daily", "el_day", "widgets_layout", "yağış ihtimali yüzde 50'den fazlaysa şemsiye ikonu göster",
  "if (item.rainChance > 0.5) const Icon(Icons.umbrella, color: Colors.blue),", ["item.rainChance", "Icons.umbrella"])
T("daily", "cb_item", "localization", "Bugünse 'Bugün' yazısını, değilse gün adını kullanacağın bir label değişkeni oluştur",
  """final now = DateTime.now();
final isToday = DateUtils.isSameDay(item.day, now);
final label = isToday ? 'Bugün' : DateFormat.EEEE(locale).format(item.day);""",
  ["DateUtils.isSameDay | now.day", "DateFormat", "label"])
T("daily", "cb_item", "dart_language", "fahrenheit true ise max sıcaklığı fahrenhayta çevir",
  """final max = fahrenheit ? item.max * 9 / 5 + 32 : item.max;""", ["fahrenheit", "item.max"])
T("daily", "cb_item", "localization", "sıcaklıkları bir ondalıkla yerel formatta biçimlendir",
  """final format = NumberFormat('0.0', locale);
final maxText = format.format(item.max);
final minText = format.format(item.min);""", ["NumberFormat", "locale", "format.format"])
T("daily", "cls_a", "localization", "Dereceyi birim sembolüyle döndüren _formatTemp metodu",
  """String _formatTemp(double celsius) {
  final value = fahrenheit ? celsius * 9 / 5 + 32 : celsius;
  return '${value.round()}°${fahrenheit ? 'F' : 'C'}';
}""", ["_formatTemp", "fahrenheit"])
T("daily", "cls_a", "dart_language", "En sıcak günü döndüren getter",
  """DailyForecast get hottest => days.reduce((a, b) => a.max >= b.max ? a : b);""", ["days", "reduce | fold", "get"])
T("daily", "cls_a", "localization", "Sağdan sola dillerde listeyi tersine göstermek için isRtl yardımcı metodu",
  """bool _isRtl(BuildContext context) => Directionality.of(context) == TextDirection.rtl;""",
  ["Directionality.of", "TextDirection.rtl"])
T("daily", "top_a", "localization", "Türkçe tarih verilerini yükleyen bir init fonksiyonu yaz",
  """Future<void> initWeatherLocale() async {
  await initializeDateFormatting('tr_TR');
  Intl.defaultLocale = 'tr_TR';
}""", ["initializeDateFormatting", "Intl.defaultLocale"])
T("daily", "top_a", "localization", "Rüzgar yönü derecesini Türkçe yön adına çeviren fonksiyon (K, KD, D ...)",
  """String windDirectionTr(double degrees) {
  const names = ['K', 'KD', 'D', 'GD', 'G', 'GB', 'B', 'KB'];
  return names[((degrees % 360) / 45).round() % 8];
}""", ["names"])
T("daily", "top_a", "dart_language", "DailyForecast için ortalama sıcaklık veren extension",
  """extension DailyAverage on DailyForecast {
  double get average => (min + max) / 2;
}""", ["extension", "average"])
# ---------------------------------------------------------------------------------------------------------------
# 19. Weather: Cubit state management
host("cubit", r"""
import 'package:flutter/material.dart';
import 'package:flutter_bloc/flutter_bloc.dart';

import 'weather_service.dart';

sealed class WeatherState {
  const WeatherState();
}

final class WeatherInitial extends WeatherState {
  const WeatherInitial();
}

final class WeatherLoading extends WeatherState {
  const WeatherLoading();
}

final class WeatherLoaded extends WeatherState {
  const WeatherLoaded(this.forecast);
  final WeatherForecast forecast;
}

final class WeatherFailure extends WeatherState {
  const WeatherFailure(this.message);
  final String message;
}

@@top_a

class WeatherCubit extends Cubit<WeatherState> {
  WeatherCubit(this._service) : super(const WeatherInitial());

  final WeatherService _service;

  Future<void> load(String city) async {
    @@st_load
  }

  @@cls_a
}

class WeatherView extends StatelessWidget {
  const WeatherView({super.key});

  @override
  Widget build(BuildContext context) {
    return BlocBuilder<WeatherCubit, WeatherState>(
      @@arg_bloc
      builder: (context, state) {
        @@cb_builder
      },
    );
  }
}
""")

T("cubit", "st_load", "state", "Önce WeatherLoading yayınla, veriyi al ve WeatherLoaded yayınla; hata olursa WeatherFailure",
  """emit(const WeatherLoading());
try {
  final forecast = await _service.fetchCurrent(city);
  emit(WeatherLoaded(forecast));
} catch (e) {
  emit(WeatherFailure(e.toString()));
}""", ["emit", "WeatherLoading", "_service.fetchCurrent", "WeatherLoaded", "WeatherFailure"])
T("cubit", "st_load", "state", "şehir boşsa hiçbir şey yapma, değilse yükle",
  """if (city.trim().isEmpty) return;
emit(const WeatherLoading());
emit(WeatherLoaded(await _service.fetchCurrent(city)));""", ["isEmpty", "emit", "_service.fetchCurrent"])
T("cubit", "st_load", "async", "cubit kapandıysa sonucu emit etme",
  """emit(const WeatherLoading());
final forecast = await _service.fetchCurrent(city);
if (isClosed) return;
emit(WeatherLoaded(forecast));""", ["isClosed", "emit", "_service.fetchCurrent"])
T("cubit", "top_a", "state", "WeatherState için yükleniyor mu ve hata mesajı bilgisini veren bir extension yaz",
  """extension WeatherStateX on WeatherState {
  bool get isLoading => this is WeatherLoading;

  String? get errorMessage => switch (this) {
        WeatherFailure(:final message) => message,
        _ => null,
      };
}""", ["extension", "WeatherLoading", "WeatherFailure"])
T("cubit", "cls_a", "state", "Son şehri yeniden yükleyen refresh metodu; yüklü değilse bir şey yapma",
  """Future<void> refresh() async {
  final current = state;
  if (current is WeatherLoaded) {
    await load(current.forecast.city);
  }
}""", ["refresh", "state", "WeatherLoaded", "load"])
T("cubit", "cls_a", "state", "Durumu başa döndüren reset metodu",
  """void reset() => emit(const WeatherInitial());""", ["emit", "WeatherInitial"])
T("cubit", "cls_a", "testing", "state değişimlerini debug konsoluna yazdırmak için onChange'i override et",
  """@override
void onChange(Change<WeatherState> change) {
  super.onChange(change);
  debugPrint('${change.currentState} -> ${change.nextState}');
}""", ["onChange", "Change", "super.onChange"])
T("cubit", "cb_builder", "state", "State'e göre switch ile uygun widget'ı döndür",
  """return switch (state) {
  WeatherInitial() => const Center(child: Text('Bir şehir arayın')),
  WeatherLoading() => const Center(child: CircularProgressIndicator()),
  WeatherLoaded(:final forecast) => Center(
      child: Text('${forecast.city}: ${forecast.temperature.round()}°C'),
    ),
  WeatherFailure(:final message) => Center(child: Text(message)),
};""", ["switch", "WeatherLoading", "WeatherLoaded", "CircularProgressIndicator"])
T("cubit", "cb_builder", "state", "yükleniyorsa progress göster, yüklendiyse sıcaklığı, diğer durumlarda boş kutu",
  """if (state is WeatherLoading) {
  return const Center(child: CircularProgressIndicator());
}
if (state is WeatherLoaded) {
  return Text('${state.forecast.temperature.round()}°C');
}
return const SizedBox.shrink();""", ["is WeatherLoading", "is WeatherLoaded", "SizedBox"])
T("cubit", "arg_bloc", "performance", "Sadece durum tipi değiştiğinde yeniden çizilsin",
  "buildWhen: (previous, current) => previous.runtimeType != current.runtimeType,", ["buildWhen", "runtimeType"])
T("cubit", "arg_bloc", "performance", "loading state'lerinde rebuild etme",
  "buildWhen: (previous, current) => current is! WeatherLoading,", ["buildWhen", "WeatherLoading"])
# ---------------------------------------------------------------------------------------------------------------
# 20. Banking: REST client with dio
host("bankapi", r"""
import 'dart:io';

import 'package:dio/dio.dart';
import 'package:intl/intl.dart';

class AccountDto {
  const AccountDto({required this.id, required this.iban, required this.balance});

  final String id;
  final String iban;
  final double balance;

  @@cls_dto
}

@@top_a

class BankApi {
  BankApi(String token)
      : _dio = Dio(
          BaseOptions(
            baseUrl: 'https://api.bank.example/v1',
            @@arg_options
          ),
        ) {
    _dio.options.headers = {
      'Authorization': 'Bearer $token',
      @@el_headers
    };
  }

  final Dio _dio;

  Future<List<AccountDto>> accounts() async {
    final response = await _dio.get<List<dynamic>>('/accounts');
    @@st_accounts
  }

  Future<void> transfer({required String from, required String to, required double amount}) async {
    @@st_transfer
  }

  @@cls_api
}
""")

T("bankapi", "cls_dto", "http_json", "JSON'dan AccountDto üreten fromJson factory'si",
  """factory AccountDto.fromJson(Map<String, dynamic> json) => AccountDto(
      id: json['id'] as String,
      iban: json['iban'] as String,
      balance: (json['balance'] as num).toDouble(),
    );""", ["factory", "AccountDto.fromJson", "toDouble"])
T("bankapi", "cls_dto", "http_json", "toJson yaz",
  """Map<String, dynamic> toJson() => {'id': id, 'iban': iban, 'balance': balance};""", ["toJson", "iban", "balance"])
T("bankapi", "arg_options", "http_json", "Bağlantı ve okuma zaman aşımları 10 saniye olsun",
  """connectTimeout: const Duration(seconds: 10),
receiveTimeout: const Duration(seconds: 10),""", ["connectTimeout", "receiveTimeout"])
T("bankapi", "arg_options", "http_json", "içerik tipi JSON olsun ve yanıt json olarak çözülsün",
  """contentType: Headers.jsonContentType,
responseType: ResponseType.json,""", ["contentType", "responseType"])
T("bankapi", "arg_options", "http_json", "4xx yanıtlarda hata fırlatılmasın, sadece 500 ve üzeri hata sayılsın",
  """validateStatus: (status) => status != null && status < 500,""", ["validateStatus"])
T("bankapi", "el_headers", "http_json", "İdempotency için her istemciye özel bir anahtar başlığı ekle (zaman damgası)",
  "'Idempotency-Key': DateTime.now().microsecondsSinceEpoch.toString(),", ["DateTime.now"])
T("bankapi", "el_headers", "localization", "Accept-Language başlığına cihaz dilini ekle",
  "'Accept-Language': Intl.getCurrentLocale(),", ["Intl.getCurrentLocale"])
T("bankapi", "el_headers", "platform", "platform bilgisini X-Platform başlığında gönder",
  "'X-Platform': Platform.operatingSystem,", ["Platform.operatingSystem"])
T("bankapi", "st_accounts", "http_json", "Yanıt listesini AccountDto listesine dönüştürüp döndür",
  """final data = response.data ?? [];
return data.map((e) => AccountDto.fromJson(e as Map<String, dynamic>)).toList();""",
  ["response.data", "AccountDto.fromJson", "toList"])
T("bankapi", "st_accounts", "http_json", "bakiyesi sıfır olan hesapları ele ve listeyi döndür",
  """return (response.data ?? [])
    .map((e) => AccountDto.fromJson(e as Map<String, dynamic>))
    .where((a) => a.balance != 0)
    .toList();""", ["response.data", "AccountDto.fromJson", "where"])
T("bankapi", "st_transfer", "http_json", "POST /transfers ile gövdeyi JSON gönder",
  """await _dio.post<void>('/transfers', data: {
  'from': from,
  'to': to,
  'amount': amount,
});""", ["_dio.post", "data"], checks=["call _dio.post(data)"])
T("bankapi", "st_transfer", "http_json", "DioException yakala, yanıt kodu 402 ise yetersiz bakiye hatası fırlat",
  """try {
  await _dio.post<void>('/transfers', data: {'from': from, 'to': to, 'amount': amount});
} on DioException catch (e) {
  if (e.response?.statusCode == 402) {
    throw Exception('Yetersiz bakiye');
  }
  rethrow;
}""", ["DioException", "e.response", "statusCode", "rethrow"])
T("bankapi", "st_transfer", "forms", "Tutar sıfır veya negatifse ArgumentError at, aynı hesaba transferi engelle",
  """if (amount <= 0) throw ArgumentError.value(amount, 'amount');
if (from == to) throw ArgumentError('Aynı hesaba transfer yapılamaz');
await _dio.post<void>('/transfers', data: {'from': from, 'to': to, 'amount': amount});""",
  ["ArgumentError", "amount", "from == to"])
T("bankapi", "cls_api", "http_json", "Her isteği loglayan bir interceptor ekleyen enableLogging metodu",
  """void enableLogging() {
  _dio.interceptors.add(LogInterceptor(requestBody: true, responseBody: true));
}""", ["_dio.interceptors.add", "LogInterceptor"])
T("bankapi", "cls_api", "http_json", "401 gelirse onUnauthorized callback'ini çağıran interceptor kur",
  """void onUnauthorized(void Function() callback) {
  _dio.interceptors.add(
    InterceptorsWrapper(
      onError: (error, handler) {
        if (error.response?.statusCode == 401) callback();
        handler.next(error);
      },
    ),
  );
}""", ["InterceptorsWrapper", "onError", "handler.next"])
T("bankapi", "cls_api", "async", "İptal edilebilir hesap arama isteği: CancelToken alsın",
  """Future<List<AccountDto>> search(String query, CancelToken cancelToken) async {
  final response = await _dio.get<List<dynamic>>(
    '/accounts',
    queryParameters: {'q': query},
    cancelToken: cancelToken,
  );
  return (response.data ?? []).map((e) => AccountDto.fromJson(e as Map<String, dynamic>)).toList();
}""", ["CancelToken", "cancelToken", "queryParameters"])
T("bankapi", "top_a", "http_json", "Sunucu hata gövdesini tutan ApiError sınıfı, fromJson ile",
  """class ApiError implements Exception {
  const ApiError(this.code, this.message);

  factory ApiError.fromJson(Map<String, dynamic> json) =>
      ApiError(json['code'] as String, json['message'] as String);

  final String code;
  final String message;
}""", ["ApiError", "fromJson", "Exception"])
T("bankapi", "top_a", "http_json", "Dio hata tipini Türkçe mesaja çeviren fonksiyon",
  """String describeDioError(DioException e) {
  return switch (e.type) {
    DioExceptionType.connectionTimeout => 'Bağlantı zaman aşımına uğradı',
    DioExceptionType.receiveTimeout => 'Sunucu yanıt vermedi',
    DioExceptionType.badResponse => 'Sunucu hatası: ${e.response?.statusCode}',
    _ => 'Beklenmeyen bir hata oluştu',
  };
}""", ["DioExceptionType", "e.type", "switch"])
# ---------------------------------------------------------------------------------------------------------------
# 21. Weather: condition header with assets
host("wheader", r"""
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';
import 'package:flutter_svg/flutter_svg.dart';
import 'package:lottie/lottie.dart';

@@top_a

class ConditionHeader extends StatelessWidget {
  const ConditionHeader({super.key, required this.condition, required this.iconUrl, required this.isNight});

  final String condition;
  final String iconUrl;
  final bool isNight;

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return SizedBox(
      height: 220,
      child: Stack(
        fit: StackFit.expand,
        children: [
          Image.asset(
            isNight ? 'assets/backgrounds/night.jpg' : 'assets/backgrounds/day.jpg',
            @@arg_bg
          ),
          @@el_stack
          Align(
            alignment: Alignment.bottomLeft,
            child: Padding(
              padding: const EdgeInsets.all(16),
              child: Text(condition, style: const TextStyle(color: Colors.white, fontSize: 28)),
            ),
          ),
        ],
      ),
    );
  }
}
""")

T("wheader", "arg_bg", "images_assets", "Resim tüm alanı kaplasın",
  "fit: BoxFit.cover,", ["fit", "BoxFit.cover"])
T("wheader", "arg_bg", "images_assets", "Arka plan resmi yüklenemezse gri bir kutu göster",
  """fit: BoxFit.cover,
errorBuilder: (context, error, stackTrace) => Container(color: Colors.grey.shade400),""",
  ["errorBuilder", "Container"])
T("wheader", "arg_bg", "performance", "bellek için resmi 800 px genişliğinde decode et",
  "cacheWidth: 800,\nfit: BoxFit.cover,", ["cacheWidth"])
T("wheader", "arg_bg", "images_assets", "resmi gece modunda koyulaştırmak için siyah renkle karıştır",
  """color: isNight ? Colors.black45 : null,
colorBlendMode: BlendMode.darken,
fit: BoxFit.cover,""", ["colorBlendMode", "BlendMode.darken", "isNight"])
T("wheader", "el_stack", "images_assets", "Sağ üst köşede iconUrl'deki ikonu önbellekli olarak göster",
  """Positioned(
  top: 16,
  right: 16,
  child: CachedNetworkImage(
    imageUrl: iconUrl,
    width: 64,
    height: 64,
    placeholder: (context, url) => const CircularProgressIndicator(),
    errorWidget: (context, url, error) => const Icon(Icons.cloud, color: Colors.white),
  ),
),""", ["Positioned", "CachedNetworkImage", "iconUrl"])
T("wheader", "el_stack", "images_assets", "ortada durumun svg ikonunu assets/icons/<condition>.svg'den göster",
  """Center(
  child: SvgPicture.asset(
    'assets/icons/${condition.toLowerCase()}.svg',
    width: 96,
    height: 96,
  ),
),""", ["SvgPicture.asset"])
T("wheader", "el_stack", "widgets_layout", "Yazının okunması için alttan yukarı siyah-şeffaf bir gradyan ekle",
  """const DecoratedBox(
  decoration: BoxDecoration(
    gradient: LinearGradient(
      begin: Alignment.bottomCenter,
      end: Alignment.topCenter,
      colors: [Colors.black54, Colors.transparent],
    ),
  ),
),""", ["LinearGradient", "DecoratedBox | Container"])
T("wheader", "el_stack", "images_assets", "ikonu ağdan yüklerken fade ile göstermek için FadeInImage kullan",
  """Positioned(
  top: 16,
  right: 16,
  child: FadeInImage.assetNetwork(
    placeholder: 'assets/icons/placeholder.png',
    image: iconUrl,
    width: 64,
  ),
),""", ["FadeInImage.assetNetwork", "iconUrl"])
T("wheader", "el_stack", "animations", "Gece ise yıldızlar için Lottie animasyonu koy (assets/lottie/stars.json)",
  """if (isNight)
  Lottie.asset('assets/lottie/stars.json', fit: BoxFit.cover, repeat: true),""", ["Lottie.asset", "isNight"])
T("wheader", "cls_a", "images_assets", "Durum adına göre asset yolunu döndüren bir getter yaz",
  """String get assetPath => 'assets/icons/${condition.toLowerCase()}.png';""", ["get", "condition"])
T("wheader", "cls_a", "images_assets", "Arka plan resimlerini önceden yükleyen statik precache metodu",
  """static Future<void> precacheBackgrounds(BuildContext context) async {
  await precacheImage(const AssetImage('assets/backgrounds/day.jpg'), context);
  await precacheImage(const AssetImage('assets/backgrounds/night.jpg'), context);
}""", ["precacheImage", "AssetImage"])
T("wheader", "top_a", "images_assets", "Asset yollarını sabit tutan bir WeatherAssets sınıfı yaz",
  """abstract final class WeatherAssets {
  static const day = 'assets/backgrounds/day.jpg';
  static const night = 'assets/backgrounds/night.jpg';
  static const stars = 'assets/lottie/stars.json';
}""", ["static const"])
T("wheader", "top_a", "images_assets", "Durum kodunu Material ikonuna çeviren fonksiyon (Clear, Rain, Snow, Clouds)",
  """IconData conditionIcon(String condition) {
  switch (condition) {
    case 'Clear':
      return Icons.wb_sunny;
    case 'Rain':
      return Icons.umbrella;
    case 'Snow':
      return Icons.ac_unit;
    default:
      return Icons.cloud;
  }
}""", ["IconData", "Icons.wb_sunny", "Icons.ac_unit"])
T("wheader", "top_a", "images_assets", "openweathermap ikon kodundan 2x resim url'si üreten fonksiyon",
  """String owmIconUrl(String code) => 'https://openweathermap.org/img/wn/$code@2x.png';""", ["owmIconUrl | String"])
# ---------------------------------------------------------------------------------------------------------------
# 22. Fitness: sqflite workout database
host("db", r"""
import 'package:path/path.dart';
import 'package:sqflite/sqflite.dart';

@@top_a

class WorkoutEntry {
  const WorkoutEntry({this.id, required this.type, required this.minutes, required this.date});

  final int? id;
  final String type;
  final int minutes;
  final DateTime date;

  factory WorkoutEntry.fromMap(Map<String, Object?> map) => WorkoutEntry(
        id: map['id'] as int?,
        type: map['type'] as String,
        minutes: map['minutes'] as int,
        date: DateTime.parse(map['date'] as String),
      );

  Map<String, Object?> toMap() => {
        'id': id,
        'type': type,
        @@el_map
      };
}

class WorkoutDatabase {
  WorkoutDatabase._();
  static final instance = WorkoutDatabase._();

  Database? _db;

  Future<Database> get database async {
    @@st_db
  }

  Future<int> insert(WorkoutEntry entry) async {
    final db = await database;
    @@st_insert
  }

  @@cls_a
}
""")

T("db", "st_db", "storage", "Açık bir veritabanı varsa onu döndür; yoksa workouts.db'yi aç ve workouts tablosunu oluştur",
  """final existing = _db;
if (existing != null) return existing;
final path = join(await getDatabasesPath(), 'workouts.db');
_db = await openDatabase(
  path,
  version: 1,
  onCreate: (db, version) => db.execute(
    'CREATE TABLE workouts(id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT, minutes INTEGER, date TEXT)',
  ),
);
return _db!;""", ["openDatabase", "getDatabasesPath", "join", "onCreate"], checks=["call openDatabase(onCreate)"])
T("db", "st_db", "storage", "veritabanını aç; sürüm 2'ye geçerken calories sütunu eklensin",
  """return _db ??= await openDatabase(
  join(await getDatabasesPath(), 'workouts.db'),
  version: 2,
  onCreate: (db, version) => db.execute(
    'CREATE TABLE workouts(id INTEGER PRIMARY KEY, type TEXT, minutes INTEGER, date TEXT, calories INTEGER)',
  ),
  onUpgrade: (db, oldVersion, newVersion) async {
    if (oldVersion < 2) {
      await db.execute('ALTER TABLE workouts ADD COLUMN calories INTEGER');
    }
  },
);""", ["openDatabase", "onUpgrade", "version"])
T("db", "st_insert", "storage", "kaydı ekle, aynı id varsa üzerine yaz",
  """return db.insert('workouts', entry.toMap(), conflictAlgorithm: ConflictAlgorithm.replace);""",
  ["db.insert", "entry.toMap", "ConflictAlgorithm.replace"])
T("db", "st_insert", "storage", "Ekleme işlemini transaction içinde yap ve eklenen id'yi döndür",
  """return db.transaction((txn) => txn.insert('workouts', entry.toMap()));""", ["db.transaction", "txn.insert"])
T("db", "el_map", "storage", "dakika ve tarihi (ISO 8601) ekle",
  """'minutes': minutes,
'date': date.toIso8601String(),""", ["minutes", "toIso8601String"])
T("db", "el_map", "storage", "tarihi milisaniye olarak sakla",
  """'minutes': minutes,
'date': date.millisecondsSinceEpoch,""", ["millisecondsSinceEpoch"])
T("db", "cls_a", "storage", "Tüm antrenmanları tarihe göre azalan sırada getiren all metodu",
  """Future<List<WorkoutEntry>> all() async {
  final db = await database;
  final rows = await db.query('workouts', orderBy: 'date DESC');
  return rows.map(WorkoutEntry.fromMap).toList();
}""", ["db.query", "orderBy", "WorkoutEntry.fromMap"])
T("db", "cls_a", "storage", "id ile kayıt silen delete metodu",
  """Future<int> delete(int id) async {
  final db = await database;
  return db.delete('workouts', where: 'id = ?', whereArgs: [id]);
}""", ["db.delete", "where", "whereArgs"])
T("db", "cls_a", "storage", "bir antrenmanın süresini güncelleyen updateMinutes",
  """Future<int> updateMinutes(int id, int minutes) async {
  final db = await database;
  return db.update('workouts', {'minutes': minutes}, where: 'id = ?', whereArgs: [id]);
}""", ["db.update", "whereArgs"])
T("db", "cls_a", "storage", "Belirli bir tarihten beri yapılan toplam dakikayı rawQuery ile hesapla",
  """Future<int> minutesSince(DateTime from) async {
  final db = await database;
  final result = await db.rawQuery(
    'SELECT SUM(minutes) AS total FROM workouts WHERE date >= ?',
    [from.toIso8601String()],
  );
  return (result.first['total'] as int?) ?? 0;
}""", ["db.rawQuery", "toIso8601String"])
T("db", "cls_a", "storage", "veritabanını kapatan close metodu",
  """Future<void> close() async {
  await _db?.close();
  _db = null;
}""", ["_db?.close | _db!.close", "_db = null"])
T("db", "top_a", "storage", "Tablo ve sütun adlarını sabit olarak tanımla",
  """const kWorkoutsTable = 'workouts';
const kColumnMinutes = 'minutes';
const kColumnDate = 'date';""", ["const"])
T("db", "top_a", "dart_language", "Map'i WorkoutEntry'ye çeviren toWorkoutEntry extension'ı yaz",
  """extension WorkoutEntryMapping on Map<String, Object?> {
  WorkoutEntry toWorkoutEntry() => WorkoutEntry(
        id: this['id'] as int?,
        type: this['type'] as String,
        minutes: this['minutes'] as int,
        date: DateTime.parse(this['date'] as String),
      );
}""", ["extension", "WorkoutEntry", "DateTime.parse"])
# ---------------------------------------------------------------------------------------------------------------
# 23. Fitness: onboarding PageView
host("onboard", r"""
import 'package:flutter/material.dart';

@@top_a

class OnboardingPage extends StatefulWidget {
  const OnboardingPage({super.key});

  @override
  State<OnboardingPage> createState() => _OnboardingPageState();
}

class _OnboardingPageState extends State<OnboardingPage> {
  final _pageController = PageController();
  int _page = 0;
  static const _images = ['assets/onboarding/run.png', 'assets/onboarding/water.png', 'assets/onboarding/sleep.png'];

  @override
  void dispose() {
    _pageController.dispose();
    super.dispose();
  }

  @@cls_a

  @override
  Widget build(BuildContext context) {
    final isLast = _page == _images.length - 1;
    return Scaffold(
      body: SafeArea(
        child: Column(
          children: [
            Expanded(
              child: PageView.builder(
                controller: _pageController,
                itemCount: _images.length,
                @@arg_pv
                itemBuilder: (context, index) => Image.asset(_images[index]),
              ),
            ),
            @@el_col
            FilledButton(
              onPressed: () {
                @@cb_next
              },
              child: Text(isLast ? 'Başla' : 'İleri'),
            ),
          ],
        ),
      ),
    );
  }
}
""")

T("onboard", "arg_pv", "state", "Sayfa değiştiğinde _page'i güncelle",
  "onPageChanged: (index) => setState(() => _page = index),", ["onPageChanged", "setState", "_page"])
T("onboard", "arg_pv", "widgets_layout", "kullanıcı elle kaydıramasın, sadece butonla geçilsin",
  "physics: const NeverScrollableScrollPhysics(),", ["physics", "NeverScrollableScrollPhysics"])
T("onboard", "arg_pv", "animations", "iOS tarzı yaylanan kaydırma fiziği kullan ve sayfa değişince _page'i güncelle",
  """physics: const BouncingScrollPhysics(),
onPageChanged: (index) => setState(() => _page = index),""", ["BouncingScrollPhysics", "onPageChanged"])
T("onboard", "cb_next", "animations", "Son sayfa değilse 300 ms easeInOut ile sonraki sayfaya kaydır",
  """if (!isLast) {
  _pageController.nextPage(
    duration: const Duration(milliseconds: 300),
    curve: Curves.easeInOut,
  );
}""", ["_pageController.nextPage", "Curves.easeInOut", "isLast"], checks=["call _pageController.nextPage(duration, curve)"])
T("onboard", "cb_next", "navigation", "son sayfadaysa /home'a git ve geri dönülemesin, değilse sonraki sayfaya geç",
  """if (isLast) {
  Navigator.of(context).pushReplacementNamed('/home');
  return;
}
_pageController.nextPage(duration: const Duration(milliseconds: 300), curve: Curves.ease);""",
  ["pushReplacementNamed | pushReplacement | pushNamedAndRemoveUntil | context.go", "_pageController.nextPage"])
T("onboard", "el_col", "animations", "Aktif sayfayı gösteren, genişliği animasyonla değişen noktalar ekle",
  """Row(
  mainAxisAlignment: MainAxisAlignment.center,
  children: [
    for (var i = 0; i < _images.length; i++)
      AnimatedContainer(
        duration: const Duration(milliseconds: 250),
        margin: const EdgeInsets.all(4),
        width: i == _page ? 24 : 8,
        height: 8,
        decoration: BoxDecoration(
          color: i == _page ? Theme.of(context).colorScheme.primary : Colors.grey,
          borderRadius: BorderRadius.circular(4),
        ),
      ),
  ],
),""", ["AnimatedContainer", "_page", "_images.length"])
T("onboard", "el_col", "navigation", "Atla butonu: son sayfaya zıplasın",
  """TextButton(
  onPressed: () => _pageController.jumpToPage(_images.length - 1),
  child: const Text('Atla'),
),""", ["_pageController.jumpToPage | _pageController.animateToPage", "_images.length"])
T("onboard", "el_col", "animations", "sayfa numarasına göre değişen başlığı AnimatedSwitcher ile göster",
  """AnimatedSwitcher(
  duration: const Duration(milliseconds: 300),
  child: Text(
    ['Koş', 'Su iç', 'İyi uyu'][_page],
    key: ValueKey(_page),
    style: Theme.of(context).textTheme.headlineSmall,
  ),
),""", ["AnimatedSwitcher", "ValueKey", "_page"])
T("onboard", "cls_a", "images_assets", "Onboarding görsellerini önceden yükle",
  """@override
void didChangeDependencies() {
  super.didChangeDependencies();
  for (final path in _images) {
    precacheImage(AssetImage(path), context);
  }
}""", ["precacheImage", "AssetImage", "_images"])
T("onboard", "cls_a", "animations", "Önceki sayfaya animasyonla dönen _previous metodu",
  """void _previous() {
  _pageController.previousPage(
    duration: const Duration(milliseconds: 300),
    curve: Curves.easeOut,
  );
}""", ["_pageController.previousPage"])
T("onboard", "top_a", "images_assets", "Onboarding sayfası için başlık, açıklama ve görsel yolunu tutan bir record tipi tanımla",
  """typedef OnboardingSlide = ({String title, String description, String image});""", ["typedef"])
T("onboard", "top_a", "animations", "Sayfa geçişinde kullanılacak ortak süre ve eğri sabitleri",
  """const kPageDuration = Duration(milliseconds: 350);
const kPageCurve = Curves.easeInOutCubic;""", ["Duration", "Curves"])
# ---------------------------------------------------------------------------------------------------------------
# 24. Weather: city search with debounce
host("search", r"""
import 'dart:async';

import 'package:flutter/material.dart';

import 'city_repository.dart';

class CitySearchPage extends StatefulWidget {
  const CitySearchPage({super.key, required this.repository});

  final CityRepository repository;

  @override
  State<CitySearchPage> createState() => _CitySearchPageState();
}

class _CitySearchPageState extends State<CitySearchPage> {
  final _queryController = TextEditingController();
  Timer? _debounce;
  List<String> _results = const [];
  bool _loading = false;

  void _onQueryChanged(String query) {
    @@st_query
  }

  Future<void> _search(String query) async {
    @@st_search
  }

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: TextField(
          controller: _queryController,
          autofocus: true,
          onChanged: _onQueryChanged,
          @@arg_field
        ),
      ),
      body: _loading
          ? const Center(child: CircularProgressIndicator())
          : ListView.builder(
              itemCount: _results.length,
              itemBuilder: (context, index) {
                @@cb_item
              },
            ),
    );
  }
}
""")

T("search", "st_query", "async", "Önceki timer'ı iptal et ve 400 ms sonra _search'ü çağır (debounce)",
  """_debounce?.cancel();
_debounce = Timer(const Duration(milliseconds: 400), () => _search(query));""",
  ["_debounce?.cancel | _debounce!.cancel", "Timer", "_search"])
T("search", "st_query", "performance", "2 karakterden kısa aramalarda sonucu temizle, uzunsa 300ms bekleyip ara",
  """_debounce?.cancel();
if (query.trim().length < 2) {
  setState(() => _results = const []);
  return;
}
_debounce = Timer(const Duration(milliseconds: 300), () => _search(query.trim()));""",
  ["_debounce", "Timer", "length", "setState"])
T("search", "st_search", "async", "_loading'i açıp repository'den ara, sonucu ata; widget kapandıysa setState yapma",
  """setState(() => _loading = true);
final results = await widget.repository.search(query);
if (!mounted) return;
setState(() {
  _results = results;
  _loading = false;
});""", ["widget.repository.search", "mounted", "setState", "_results"])
T("search", "st_search", "async", "Arama hatası olursa sonuçları boşalt ve hatayı snackbar ile göster, loading'i her durumda kapat",
  """setState(() => _loading = true);
try {
  final results = await widget.repository.search(query);
  if (!mounted) return;
  setState(() => _results = results);
} catch (e) {
  if (!mounted) return;
  setState(() => _results = const []);
  ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text('Arama başarısız: $e')));
} finally {
  if (mounted) setState(() => _loading = false);
}""", ["try", "finally", "widget.repository.search", "showSnackBar"])
T("search", "cb_item", "lists", "Şehir adını gösteren, dokununca şehri geri döndüren ListTile döndür",
  """final city = _results[index];
return ListTile(
  leading: const Icon(Icons.location_on_outlined),
  title: Text(city),
  onTap: () => Navigator.pop(context, city),
);""", ["_results", "ListTile", "Navigator.pop | Navigator.of | context.pop"])
T("search", "cb_item", "lists", "aranan kelimeyi kalın gösteren bir satır döndür",
  """final city = _results[index];
final query = _queryController.text;
final start = city.toLowerCase().indexOf(query.toLowerCase());
if (query.isEmpty || start < 0) return ListTile(title: Text(city));
return ListTile(
  title: Text.rich(
    TextSpan(
      children: [
        TextSpan(text: city.substring(0, start)),
        TextSpan(
          text: city.substring(start, start + query.length),
          style: const TextStyle(fontWeight: FontWeight.bold),
        ),
        TextSpan(text: city.substring(start + query.length)),
      ],
    ),
  ),
);""", ["TextSpan", "_queryController.text", "FontWeight.bold"])
T("search", "arg_field", "forms", "Arama ikonu ve 'Şehir ara' ipucu olan kenarlıksız bir dekorasyon ver",
  """decoration: const InputDecoration(
  hintText: 'Şehir ara',
  prefixIcon: Icon(Icons.search),
  border: InputBorder.none,
),""", ["InputDecoration", "hintText", "Icons.search"])
T("search", "arg_field", "forms", "klavyede arama tuşu çıksın ve basınca hemen arasın",
  """textInputAction: TextInputAction.search,
onSubmitted: _search,""", ["TextInputAction.search", "onSubmitted", "_search"])
T("search", "arg_field", "forms", "içinde yazı varken temizleme butonu göster",
  """decoration: InputDecoration(
  hintText: 'Şehir ara',
  suffixIcon: IconButton(
    icon: const Icon(Icons.clear),
    onPressed: () {
      _queryController.clear();
      setState(() => _results = const []);
    },
  ),
),""", ["suffixIcon", "_queryController.clear"])
T("search", "cls_a", "async", "dispose'da timer ve controller'ı temizle",
  """@override
void dispose() {
  _debounce?.cancel();
  _queryController.dispose();
  super.dispose();
}""", ["dispose", "_debounce", "_queryController.dispose", "super.dispose"])
T("search", "cls_a", "lists", "Sonuçları alfabetik sıralayan _sortResults",
  """void _sortResults() {
  setState(() => _results = [..._results]..sort());
}""", ["_results", "sort", "setState"])
# ---------------------------------------------------------------------------------------------------------------
# 25. Fitness: interval workout timer
host("timer", r"""
import 'dart:async';

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class IntervalTimerPage extends StatefulWidget {
  const IntervalTimerPage({super.key, this.workSeconds = 40, this.restSeconds = 20, this.rounds = 8});

  final int workSeconds;
  final int restSeconds;
  final int rounds;

  @override
  State<IntervalTimerPage> createState() => _IntervalTimerPageState();
}

class _IntervalTimerPageState extends State<IntervalTimerPage> with WidgetsBindingObserver {
  final _stopwatch = Stopwatch();
  Timer? _ticker;
  int _round = 1;
  int _remaining = 0;
  bool _resting = false;

  @override
  void initState() {
    super.initState();
    _remaining = widget.workSeconds;
    @@st_init
  }

  void _tick(Timer timer) {
    @@st_tick
  }

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      backgroundColor: _resting ? Colors.blue.shade50 : Colors.orange.shade50,
      body: Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            Text('Tur $_round / ${widget.rounds}'),
            Text('$_remaining', style: const TextStyle(fontSize: 96)),
            @@el_col
            IconButton.filled(
              iconSize: 48,
              icon: Icon(_ticker?.isActive == true ? Icons.pause : Icons.play_arrow),
              onPressed: () {
                @@cb_toggle
              },
            ),
          ],
        ),
      ),
    );
  }
}
""")

T("timer", "st_init", "platform", "Uygulama arka plana geçişlerini dinlemek için observer olarak kaydol",
  "WidgetsBinding.instance.addObserver(this);", ["WidgetsBinding.instance.addObserver"])
T("timer", "st_init", "async", "Her saniye _tick'i çağıran periyodik timer'ı başlat ve kronometreyi çalıştır",
  """_ticker = Timer.periodic(const Duration(seconds: 1), _tick);
_stopwatch.start();""", ["Timer.periodic", "_tick", "_stopwatch.start"])
T("timer", "st_init", "platform", "antrenman sırasında sistem çubuklarını gizleyip tam ekran moda geç",
  "SystemChrome.setEnabledSystemUIMode(SystemUiMode.immersiveSticky);",
  ["SystemChrome.setEnabledSystemUIMode", "SystemUiMode.immersiveSticky"])
T("timer", "st_tick", "state", "Kalan süreyi azalt; sıfıra inince çalışma/dinlenme arasında geç, dinlenme bitince turu artır; son tur bitince timer'ı durdur",
  """setState(() {
  if (_remaining > 1) {
    _remaining--;
    return;
  }
  if (_resting) {
    if (_round == widget.rounds) {
      timer.cancel();
      _stopwatch.stop();
      return;
    }
    _round++;
    _resting = false;
    _remaining = widget.workSeconds;
  } else {
    _resting = true;
    _remaining = widget.restSeconds;
  }
});""", ["setState", "_remaining", "_resting", "timer.cancel"])
T("timer", "st_tick", "platform", "süre bittiğinde titreşim ve sistem sesi çal",
  """if (_remaining == 0) {
  HapticFeedback.heavyImpact();
  SystemSound.play(SystemSoundType.alert);
}""", ["HapticFeedback.heavyImpact | HapticFeedback.vibrate", "SystemSound.play"])
T("timer", "st_tick", "state", "bir saniye azalt, sıfırsa timer'ı iptal et",
  """if (_remaining <= 0) {
  timer.cancel();
  return;
}
setState(() => _remaining--);""", ["timer.cancel", "setState", "_remaining"])
T("timer", "cb_toggle", "async", "Timer çalışıyorsa durdur, duruyorsa yeniden başlat",
  """setState(() {
  if (_ticker?.isActive == true) {
    _ticker?.cancel();
    _stopwatch.stop();
  } else {
    _ticker = Timer.periodic(const Duration(seconds: 1), _tick);
    _stopwatch.start();
  }
});""", ["_ticker", "cancel", "Timer.periodic", "_stopwatch"])
T("timer", "cb_toggle", "platform", "bastığında hafif seçim titreşimi ver ve duraklat",
  """HapticFeedback.selectionClick();
setState(() {
  _ticker?.cancel();
  _stopwatch.stop();
});""", ["HapticFeedback.selectionClick", "_ticker?.cancel | _ticker!.cancel"])
T("timer", "el_col", "animations", "Turun ilerlemesini dairesel göstergeyle animasyonlu göster",
  """TweenAnimationBuilder<double>(
  tween: Tween(
    end: _remaining / (_resting ? widget.restSeconds : widget.workSeconds),
  ),
  duration: const Duration(milliseconds: 900),
  builder: (context, value, _) => SizedBox(
    width: 120,
    height: 120,
    child: CircularProgressIndicator(value: value, strokeWidth: 8),
  ),
),""", ["TweenAnimationBuilder", "CircularProgressIndicator", "_remaining"])
T("timer", "el_col", "widgets_layout", "geçen toplam süreyi dakika:saniye olarak göster",
  """Text(
  '${_stopwatch.elapsed.inMinutes.toString().padLeft(2, '0')}:'
  '${(_stopwatch.elapsed.inSeconds % 60).toString().padLeft(2, '0')}',
),""", ["_stopwatch.elapsed", "padLeft"])
T("timer", "el_col", "animations", "Dinlenme ise 'Dinlen', değilse 'Çalış' yazısını renk geçişiyle göster",
  """AnimatedDefaultTextStyle(
  duration: const Duration(milliseconds: 300),
  style: TextStyle(
    fontSize: 32,
    color: _resting ? Colors.blue : Colors.deepOrange,
  ),
  child: Text(_resting ? 'Dinlen' : 'Çalış'),
),""", ["AnimatedDefaultTextStyle", "_resting"])
T("timer", "cls_a", "platform", "Uygulama arka plana alınınca timer'ı durdur",
  """@override
void didChangeAppLifecycleState(AppLifecycleState state) {
  if (state == AppLifecycleState.paused) {
    _ticker?.cancel();
    _stopwatch.stop();
  }
}""", ["didChangeAppLifecycleState", "AppLifecycleState.paused", "_ticker"])
T("timer", "cls_a", "async", "dispose: timer'ı iptal et, observer'ı kaldır",
  """@override
void dispose() {
  _ticker?.cancel();
  WidgetsBinding.instance.removeObserver(this);
  super.dispose();
}""", ["_ticker?.cancel | _ticker!.cancel", "removeObserver", "super.dispose"])
T("timer", "cls_a", "state", "Her şeyi başa saran _reset metodu",
  """void _reset() {
  _ticker?.cancel();
  _stopwatch
    ..stop()
    ..reset();
  setState(() {
    _round = 1;
    _resting = false;
    _remaining = widget.workSeconds;
  });
}""", ["_stopwatch", "reset", "setState", "_round"])
# ---------------------------------------------------------------------------------------------------------------
# 26. Weather: settings page
host("wsettings", r"""
import 'package:flutter/material.dart';
import 'package:permission_handler/permission_handler.dart';
import 'package:shared_preferences/shared_preferences.dart';

enum TempUnit { celsius, fahrenheit }

class WeatherSettingsPage extends StatefulWidget {
  const WeatherSettingsPage({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<WeatherSettingsPage> createState() => _WeatherSettingsPageState();
}

class _WeatherSettingsPageState extends State<WeatherSettingsPage> {
  late bool _notifications = widget.prefs.getBool('notifications') ?? true;
  late TempUnit _unit = TempUnit.values[widget.prefs.getInt('unit') ?? 0];
  double _refreshMinutes = 30;

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Sabah bildirimleri'),
            value: _notifications,
            onChanged: (value) async {
              @@cb_switch
            },
          ),
          @@el_list
          Slider(
            value: _refreshMinutes,
            min: 10,
            max: 120,
            @@arg_slider
            onChanged: (value) => setState(() => _refreshMinutes = value),
          ),
        ],
      ),
    );
  }
}
""")

T("wsettings", "cb_switch", "storage", "Değeri state'e yaz ve prefs'e kaydet",
  """setState(() => _notifications = value);
widget.prefs.setBool('notifications', value);""", ["setState", "widget.prefs.setBool"])
T("wsettings", "cb_switch", "platform", "Açılırsa bildirim izni iste, reddedilirse switch'i kapalı bırak",
  """if (value) {
  final status = await Permission.notification.request();
  if (!status.isGranted) return;
}
setState(() => _notifications = value);""", ["Permission.notification", "request", "isGranted"])
T("wsettings", "el_list", "forms", "Sıcaklık birimi için SegmentedButton ekle",
  """Padding(
  padding: const EdgeInsets.all(16),
  child: SegmentedButton<TempUnit>(
    segments: const [
      ButtonSegment(value: TempUnit.celsius, label: Text('°C')),
      ButtonSegment(value: TempUnit.fahrenheit, label: Text('°F')),
    ],
    selected: {_unit},
    onSelectionChanged: (selection) {
      setState(() => _unit = selection.first);
      widget.prefs.setInt('unit', _unit.index);
    },
  ),
),""", ["SegmentedButton", "ButtonSegment", "_unit"], checks=["call SegmentedButton(segments, selected, onSelectionChanged)"])
T("wsettings", "el_list", "forms", "birim seçimi için iki RadioListTile koy",
  """for (final unit in TempUnit.values)
  RadioListTile<TempUnit>(
    title: Text(unit == TempUnit.celsius ? 'Santigrat' : 'Fahrenhayt'),
    value: unit,
    groupValue: _unit,
    onChanged: (value) => setState(() => _unit = value!),
  ),""", ["RadioListTile", "groupValue", "_unit"])
T("wsettings", "el_list", "localization", "Dil seçimi için bir DropdownButton içeren ListTile ekle (Türkçe, English)",
  """ListTile(
  title: const Text('Dil'),
  trailing: DropdownButton<String>(
    value: widget.prefs.getString('lang') ?? 'tr',
    items: const [
      DropdownMenuItem(value: 'tr', child: Text('Türkçe')),
      DropdownMenuItem(value: 'en', child: Text('English')),
    ],
    onChanged: (value) {
      if (value == null) return;
      setState(() => widget.prefs.setString('lang', value));
    },
  ),
),""", ["DropdownButton", "DropdownMenuItem"])
T("wsettings", "el_list", "widgets_layout", "bölüm başlığı 'Görünüm' ve altında bir Divider ekle",
  """const Divider(),
Padding(
  padding: const EdgeInsets.fromLTRB(16, 8, 16, 0),
  child: Text('Görünüm', style: Theme.of(context).textTheme.titleSmall),
),""", ["Divider", "Text"])
T("wsettings", "el_list", "platform", "uygulama ayarlarını açan bir satır ekle (izinler için)",
  """ListTile(
  leading: const Icon(Icons.settings_applications),
  title: const Text('Sistem izinleri'),
  onTap: openAppSettings,
),""", ["openAppSettings", "ListTile"])
T("wsettings", "arg_slider", "forms", "10'ar dakikalık adımlarla ve etiketle seçilsin",
  """divisions: 11,
label: '${_refreshMinutes.round()} dk',""", ["divisions", "label"])
T("wsettings", "arg_slider", "storage", "Kaydırma bitince değeri prefs'e kaydet",
  """onChangeEnd: (value) => widget.prefs.setInt('refresh_minutes', value.round()),""",
  ["onChangeEnd", "widget.prefs.setInt"])
T("wsettings", "cls_a", "storage", "Tüm ayarları varsayılana döndüren _resetAll metodu",
  """Future<void> _resetAll() async {
  await widget.prefs.clear();
  setState(() {
    _notifications = true;
    _unit = TempUnit.celsius;
    _refreshMinutes = 30;
  });
}""", ["widget.prefs.clear", "setState"])
T("wsettings", "cls_a", "localization", "seçilen birime göre sembol döndüren getter",
  """String get _unitSymbol => switch (_unit) {
      TempUnit.celsius => '°C',
      TempUnit.fahrenheit => '°F',
    };""", ["_unit", "TempUnit.celsius", "get"])
# ---------------------------------------------------------------------------------------------------------------
# 27. Fitness: dashboard with a Selector (performance)
host("dash", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'activity_model.dart';

@@top_a

class DashboardPage extends StatelessWidget {
  const DashboardPage({super.key});

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Bugün')),
      body: Column(
        children: [
          Selector<ActivityModel, int>(
            selector: (context, model) => model.steps,
            builder: (context, steps, child) {
              @@cb_selector
            },
          ),
          @@el_col
          Expanded(
            child: Consumer<ActivityModel>(
              builder: (context, model, child) => ListView.builder(
                itemCount: model.sessions.length,
                @@arg_list
                itemBuilder: (context, index) => ListTile(title: Text(model.sessions[index])),
              ),
            ),
          ),
        ],
      ),
      floatingActionButton: FloatingActionButton(
        onPressed: () {
          @@cb_fab
        },
        child: const Icon(Icons.add),
      ),
    );
  }
}

@@top_b
""")

T("dash", "cb_selector", "performance", "Sadece adım sayısını büyük yazıyla göster",
  """return Padding(
  padding: const EdgeInsets.all(24),
  child: Text('$steps adım', style: Theme.of(context).textTheme.displaySmall),
);""", ["Text", "textTheme"])
T("dash", "cb_selector", "performance", "Değişmeyen ikon child olarak verilsin, adımla birlikte bir satırda göster",
  """return Row(
  mainAxisAlignment: MainAxisAlignment.center,
  children: [
    child!,
    const SizedBox(width: 8),
    Text('$steps'),
  ],
);""", ["child", "Row"])
T("dash", "cb_fab", "state", "ActivityModel'e yeni bir oturum ekle (dinlemeden oku)",
  """context.read<ActivityModel>().addSession('Yürüyüş ${DateTime.now().hour}:00');""",
  ["context.read | Provider.of", "ActivityModel", "addSession"])
T("dash", "cb_fab", "navigation", "Yeni antrenman ekranını aç, dönen ismi modele ekle",
  """Navigator.of(context).pushNamed<String>('/new-session').then((name) {
  if (name != null && context.mounted) {
    context.read<ActivityModel>().addSession(name);
  }
});""", ["pushNamed | push", "context.read", "addSession"])
T("dash", "el_col", "performance", "Sık yeniden çizilen grafiği RepaintBoundary ile ayır",
  """const RepaintBoundary(
  child: SizedBox(height: 160, child: Placeholder()),
),""", ["RepaintBoundary"])
T("dash", "el_col", "state", "kalori değerini context.select ile sadece o değiştiğinde güncelle",
  """Builder(
  builder: (context) {
    final calories = context.select<ActivityModel, int>((m) => m.calories);
    return Text('$calories kcal');
  },
),""", ["context.select", "ActivityModel"])
T("dash", "el_col", "lists", "son 3 oturumu chip olarak yatay listele",
  """SizedBox(
  height: 48,
  child: Consumer<ActivityModel>(
    builder: (context, model, _) => ListView(
      scrollDirection: Axis.horizontal,
      children: [
        for (final s in model.sessions.take(3))
          Padding(padding: const EdgeInsets.all(4), child: Chip(label: Text(s))),
      ],
    ),
  ),
),""", ["Chip", "take", "Axis.horizontal"])
T("dash", "arg_list", "lists", "listenin başına ve sonuna 12 piksel dikey boşluk ver",
  "padding: const EdgeInsets.symmetric(vertical: 12),", ["padding", "EdgeInsets.symmetric"])
T("dash", "arg_list", "performance", "otomatik keep-alive ve repaint boundary eklemesini kapat",
  """addAutomaticKeepAlives: false,
addRepaintBoundaries: false,""", ["addAutomaticKeepAlives", "addRepaintBoundaries"])
T("dash", "arg_list", "lists", "liste kendi içeriği kadar yer kaplasın ve kaydırılmasın",
  """shrinkWrap: true,
physics: const NeverScrollableScrollPhysics(),""", ["shrinkWrap", "NeverScrollableScrollPhysics"])
T("dash", "arg_list", "lists", "Liste ters sırada, en yeni en üstte gösterilsin",
  "reverse: true,", ["reverse"])
T("dash", "cls_a", "performance", "Her build'de yeniden oluşturulmasın diye özet ikonunu static const bir alan olarak tanımla",
  """static const _summaryIcon = Icon(Icons.directions_run, size: 32);""", ["static const", "Icon"])
T("dash", "top_a", "performance", "Adım sayısını gösteren, sadece steps değişince yeniden çizilen ayrı bir StepsText widget'ı yaz",
  """class StepsText extends StatelessWidget {
  const StepsText({super.key});

  @override
  Widget build(BuildContext context) {
    final steps = context.select<ActivityModel, int>((m) => m.steps);
    return Text('$steps');
  }
}""", ["extends StatelessWidget", "context.select"])
T("dash", "top_a", "state", "ActivityModel'i sağlayan MultiProvider ile uygulamayı çalıştıran main yaz",
  """void main() {
  runApp(
    MultiProvider(
      providers: [
        ChangeNotifierProvider(create: (_) => ActivityModel()),
      ],
      child: const MaterialApp(home: DashboardPage()),
    ),
  );
}""", ["MultiProvider", "ChangeNotifierProvider", "ActivityModel", "runApp"])
T("dash", "top_b", "performance", "Sabit bir boşluk widget'ı tanımla, her build'de yeniden oluşmasın",
  "const kGap16 = SizedBox(height: 16);", ["const", "SizedBox"])
T("dash", "top_b", "widgets_layout", "Dashboard için başlık ve değer gösteren küçük bir StatCard widget'ı yaz",
  """class StatCard extends StatelessWidget {
  const StatCard({super.key, required this.label, required this.value});

  final String label;
  final String value;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            Text(value, style: Theme.of(context).textTheme.headlineSmall),
            Text(label),
          ],
        ),
      ),
    );
  }
}""", ["extends StatelessWidget", "Card"])
# ---------------------------------------------------------------------------------------------------------------
# 28. Health metrics models (top-level heavy)
host("metrics", r"""
import 'dart:convert';

import 'package:intl/intl.dart';

@@top_a

enum MetricKind { weight, heartRate, sleep }

@@top_b

class HealthMetric {
  const HealthMetric({required this.kind, required this.value, required this.recordedAt});

  final MetricKind kind;
  final double value;
  final DateTime recordedAt;

  factory HealthMetric.fromJson(Map<String, dynamic> json) {
    @@st_json
  }

  @@cls_a
}

@@top_c
""")

T("metrics", "top_a", "dart_language", "Kilo ve boydan vücut kitle indeksini hesaplayan fonksiyon",
  """double bmi(double weightKg, double heightCm) {
  final heightM = heightCm / 100;
  return weightKg / (heightM * heightM);
}""", ["double"])
T("metrics", "top_a", "dart_language", "Ölçüm birimlerini döndüren bir record ile (isim, birim) tipi tanımla",
  """typedef MetricUnit = ({String name, String unit});""", ["typedef"])
T("metrics", "top_b", "dart_language", "MetricKind için Türkçe etiket ve birim veren extension",
  """extension MetricKindLabel on MetricKind {
  String get label => switch (this) {
        MetricKind.weight => 'Kilo',
        MetricKind.heartRate => 'Nabız',
        MetricKind.sleep => 'Uyku',
      };

  String get unit => switch (this) {
        MetricKind.weight => 'kg',
        MetricKind.heartRate => 'bpm',
        MetricKind.sleep => 'sa',
      };
}""", ["extension", "MetricKind.weight", "switch"])
T("metrics", "top_b", "localization", "MetricKind adını yerel dile göre çeviren Intl.select kullanan fonksiyon",
  """String metricKindName(MetricKind kind) => Intl.select(kind.name, {
      'weight': 'Kilo',
      'heartRate': 'Nabız',
      'sleep': 'Uyku',
      'other': 'Ölçüm',
    });""", ["Intl.select", "kind.name"])
T("metrics", "st_json", "http_json", "kind alanını enum adından çöz, tarihi ISO string'den parse et",
  """return HealthMetric(
  kind: MetricKind.values.byName(json['kind'] as String),
  value: (json['value'] as num).toDouble(),
  recordedAt: DateTime.parse(json['recordedAt'] as String),
);""", ["MetricKind.values.byName", "DateTime.parse", "toDouble"])
T("metrics", "st_json", "http_json", "bilinmeyen kind gelirse FormatException fırlat",
  """final kindName = json['kind'] as String?;
final kind = MetricKind.values.where((k) => k.name == kindName).firstOrNull;
if (kind == null) throw FormatException('Unknown metric kind: $kindName');
return HealthMetric(
  kind: kind,
  value: (json['value'] as num).toDouble(),
  recordedAt: DateTime.parse(json['recordedAt'] as String),
);""", ["FormatException", "MetricKind.values", "HealthMetric"])
T("metrics", "cls_a", "http_json", "toJson ekle, enum adı ve ISO tarih olarak",
  """Map<String, dynamic> toJson() => {
      'kind': kind.name,
      'value': value,
      'recordedAt': recordedAt.toIso8601String(),
    };""", ["toJson", "kind.name", "toIso8601String"])
T("metrics", "cls_a", "localization", "Değeri türün adıyla birlikte, Türkçe ondalık ayracıyla biçimlendiren bir getter yaz",
  """String get formatted => '${NumberFormat.decimalPattern('tr_TR').format(value)} ${kind.name}';""",
  ["NumberFormat.decimalPattern", "value"])
T("metrics", "cls_a", "localization", "ölçüm saatini '14:05' gibi gösteren timeLabel",
  """String get timeLabel => DateFormat.Hm().format(recordedAt);""", ["DateFormat.Hm | DateFormat", "recordedAt"])
T("metrics", "top_c", "http_json", "JSON string listesini HealthMetric listesine çeviren fonksiyon",
  """List<HealthMetric> decodeMetrics(String source) {
  final list = jsonDecode(source) as List<dynamic>;
  return [for (final item in list) HealthMetric.fromJson(item as Map<String, dynamic>)];
}""", ["jsonDecode", "HealthMetric.fromJson"])
T("metrics", "top_c", "dart_language", "Ölçümleri türe göre gruplayan fonksiyon",
  """Map<MetricKind, List<HealthMetric>> groupByKind(Iterable<HealthMetric> metrics) {
  final result = <MetricKind, List<HealthMetric>>{};
  for (final metric in metrics) {
    result.putIfAbsent(metric.kind, () => []).add(metric);
  }
  return result;
}""", ["putIfAbsent", "MetricKind"])
T("metrics", "top_c", "localization", "Uyku süresini Türkçe '7 sa 30 dk' biçiminde yazan fonksiyon",
  """String formatSleep(Duration duration) {
  final hours = duration.inHours;
  final minutes = duration.inMinutes.remainder(60);
  return '$hours sa $minutes dk';
}""", ["inHours", "inMinutes"])
T("metrics", "top_c", "dart_language", "HealthMetric listesi için son 7 günü filtreleyen extension",
  """extension RecentMetrics on Iterable<HealthMetric> {
  Iterable<HealthMetric> lastDays(int days) {
    final from = DateTime.now().subtract(Duration(days: days));
    return where((m) => m.recordedAt.isAfter(from));
  }
}""", ["extension", "isAfter", "subtract"])
# ---------------------------------------------------------------------------------------------------------------
# 29. Banking: monthly budgets screen
host("budgets", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import 'budget_model.dart';

class BudgetsScreen extends StatelessWidget {
  const BudgetsScreen({super.key});

  @override
  Widget build(BuildContext context) {
    return DefaultTabController(
      length: 2,
      child: Scaffold(
        appBar: AppBar(
          title: const Text('Bütçeler'),
          bottom: const TabBar(
            tabs: [
              @@el_tabs
            ],
          ),
        ),
        body: Consumer<BudgetModel>(
          builder: (context, model, child) {
            @@cb_consumer
            return ListView.separated(
              itemCount: model.budgets.length,
              separatorBuilder: (context, index) => const Divider(height: 1),
              itemBuilder: (context, index) {
                final budget = model.budgets[index];
                return ListTile(
                  title: Text(budget.category),
                  subtitle: LinearProgressIndicator(
                    value: budget.ratio,
                    @@arg_progress
                  ),
                  onLongPress: () {
                    @@cb_long
                  },
                );
              },
            );
          },
        ),
        floatingActionButton: FloatingActionButton.extended(
          @@arg_fab
          label: const Text('Bütçe ekle'),
          icon: const Icon(Icons.add),
        ),
      ),
    );
  }
}
""")

T("budgets", "el_tabs", "widgets_layout", "Bu ay ve Geçmiş sekmelerini ekle",
  "Tab(text: 'Bu ay'),\nTab(text: 'Geçmiş'),", ["Tab"])
T("budgets", "el_tabs", "widgets_layout", "ikonlu iki sekme: takvim ve geçmiş",
  "Tab(icon: Icon(Icons.calendar_month), text: 'Bu ay'),\nTab(icon: Icon(Icons.history), text: 'Geçmiş'),",
  ["Tab", "Icons.calendar_month", "Icons.history"])
T("budgets", "cb_consumer", "lists", "Hiç bütçe yoksa ortada bilgi metni döndür",
  """if (model.budgets.isEmpty) {
  return const Center(child: Text('Henüz bütçe oluşturmadınız'));
}""", ["model.budgets.isEmpty"])
T("budgets", "cb_consumer", "state", "yükleniyorsa progress göster",
  """if (model.loading) {
  return const Center(child: CircularProgressIndicator());
}""", ["model.loading", "CircularProgressIndicator"])
T("budgets", "cb_consumer", "lists", "Limiti aşan bütçeler üstte olacak şekilde sıralı bir kopya oluştur",
  """final sorted = [...model.budgets]..sort((a, b) => b.ratio.compareTo(a.ratio));""",
  ["model.budgets", "sort", "compareTo"])
T("budgets", "arg_progress", "theming", "Limit aşıldıysa kırmızı, değilse temanın primary rengi",
  "color: budget.ratio > 1 ? Colors.red : Theme.of(context).colorScheme.primary,",
  ["color", "budget.ratio", "colorScheme.primary"])
T("budgets", "arg_progress", "theming", "arka plan rengi açık gri, köşeleri yuvarlak ve 8 kalınlıkta olsun",
  """backgroundColor: Colors.grey.shade300,
minHeight: 8,
borderRadius: BorderRadius.circular(4),""", ["backgroundColor", "minHeight", "borderRadius"])
T("budgets", "cb_long", "state", "Uzun basınca bütçeyi modelden sil ve geri al seçeneği sun",
  """final model = context.read<BudgetModel>();
model.remove(budget);
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: Text('${budget.category} silindi'),
    action: SnackBarAction(label: 'Geri al', onPressed: () => model.add(budget)),
  ),
);""", ["context.read", "remove", "SnackBarAction"])
T("budgets", "cb_long", "navigation", "Bütçe düzenleme sayfasını bütçeyle birlikte aç",
  """Navigator.of(context).pushNamed('/budget/edit', arguments: budget);""",
  ["pushNamed | push | context.push", "budget"])
T("budgets", "cb_long", "widgets_layout", "uzun basınca düzenle/sil seçenekli bir menü aç",
  """showModalBottomSheet<void>(
  context: context,
  builder: (context) => Column(
    mainAxisSize: MainAxisSize.min,
    children: [
      ListTile(leading: const Icon(Icons.edit), title: const Text('Düzenle'), onTap: () => Navigator.pop(context)),
      ListTile(
        leading: const Icon(Icons.delete),
        title: const Text('Sil'),
        onTap: () {
          context.read<BudgetModel>().remove(budget);
          Navigator.pop(context);
        },
      ),
    ],
  ),
);""", ["showModalBottomSheet", "ListTile"])
T("budgets", "arg_fab", "navigation", "Basınca yeni bütçe formunu tam ekran dialog olarak aç",
  """onPressed: () => Navigator.of(context).push(
  MaterialPageRoute<void>(
    fullscreenDialog: true,
    builder: (context) => const Scaffold(body: Center(child: Text('Yeni bütçe'))),
  ),
),""", ["onPressed", "MaterialPageRoute", "fullscreenDialog"])
T("budgets", "arg_fab", "forms", "basınca kategori adını soran bir dialog aç ve modele ekle",
  """onPressed: () async {
  final controller = TextEditingController();
  final name = await showDialog<String>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Kategori'),
      content: TextField(controller: controller, autofocus: true),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, controller.text), child: const Text('Ekle')),
      ],
    ),
  );
  controller.dispose();
  if (name == null || name.isEmpty || !context.mounted) return;
  context.read<BudgetModel>().addCategory(name);
},""", ["onPressed", "showDialog", "TextField", "context.read"])
T("budgets", "arg_fab", "widgets_layout", "Erişilebilirlik için tooltip ekle ve hero etiketi ver",
  """tooltip: 'Yeni bütçe',
heroTag: 'add-budget',""", ["tooltip", "heroTag"])
# ---------------------------------------------------------------------------------------------------------------
# 30. Fitness: widget tests for the step goal page
host("stest", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

import 'package:fit/daily_goal_screen.dart';

@@top_a

void main() {
  Future<void> pumpPage(WidgetTester tester) async {
    await tester.pumpWidget(const MaterialApp(home: DailyGoalScreen(userName: 'Ayşe')));
  }

  testWidgets('greets the user', (tester) async {
    await pumpPage(tester);
    @@cb_greet
  });

  testWidgets('saves a new goal', (tester) async {
    await pumpPage(tester);
    @@cb_goal
  });

  testWidgets('scrolls to the save button', (tester) async {
    await pumpPage(tester);
    @@cb_scroll
  });

  @@st_main
}
""")

T("stest", "cb_greet", "testing", "AppBar başlığında 'Merhaba Ayşe' yazdığını doğrula",
  "expect(find.text('Merhaba Ayşe'), findsOneWidget);", ["expect", "find.text", "findsOneWidget"])
T("stest", "cb_greet", "testing", "AppBar içinde bir Text olduğunu find.descendant ile kontrol et",
  """expect(
  find.descendant(of: find.byType(AppBar), matching: find.textContaining('Ayşe')),
  findsOneWidget,
);""", ["find.descendant", "find.byType", "AppBar"])
T("stest", "cb_goal", "testing", "Hedef alanına 8000 yaz, kaydet'e bas ve '0 / 8000 adım' metnini bekle",
  """await tester.enterText(find.byType(TextField), '8000');
await tester.tap(find.text('Hedefi kaydet'));
await tester.pump();
expect(find.text('0 / 8000 adım'), findsOneWidget);""", ["tester.enterText", "tester.tap", "expect"])
T("stest", "cb_goal", "testing", "geçersiz hedef girince SnackBar çıktığını test et",
  """await tester.enterText(find.byType(TextField), 'abc');
await tester.tap(find.text('Hedefi kaydet'));
await tester.pump();
expect(find.byType(SnackBar), findsOneWidget);""", ["tester.enterText", "find.byType", "SnackBar"])
T("stest", "cb_goal", "testing", "sayfanın golden dosyasıyla eşleştiğini kontrol et",
  """await expectLater(find.byType(DailyGoalScreen), matchesGoldenFile('goldens/daily_goal_screen.png'));""",
  ["expectLater", "matchesGoldenFile"])
T("stest", "cb_scroll", "testing", "Kaydet butonu görünene kadar kaydır ve butona dokun",
  """await tester.scrollUntilVisible(find.text('Hedefi kaydet'), 200);
await tester.tap(find.text('Hedefi kaydet'));
await tester.pumpAndSettle();""", ["tester.scrollUntilVisible | tester.ensureVisible | tester.drag", "tester.tap"])
T("stest", "cb_scroll", "testing", "listeyi yukarı sürükle ve ilerleme göstergesinin hala göründüğünü kontrol et",
  """await tester.drag(find.byType(ListView), const Offset(0, -300));
await tester.pumpAndSettle();
expect(find.byType(LinearProgressIndicator), findsWidgets);""", ["tester.drag", "Offset", "expect"])
T("stest", "st_main", "testing", "Koyu temada sayfanın hatasız açıldığını test eden bir testWidgets ekle",
  """testWidgets('renders in dark mode', (tester) async {
  await tester.pumpWidget(MaterialApp(
    theme: ThemeData.dark(),
    home: const DailyGoalScreen(userName: 'Ayşe'),
  ));
  expect(tester.takeException(), isNull);
});""", ["testWidgets", "ThemeData.dark", "takeException"])
T("stest", "st_main", "testing", "semantik etiketlerin erişilebilirlik kurallarına uyduğunu kontrol et",
  """testWidgets('meets tap target guidelines', (tester) async {
  final handle = tester.ensureSemantics();
  await pumpPage(tester);
  await expectLater(tester, meetsGuideline(androidTapTargetGuideline));
  handle.dispose();
});""", ["ensureSemantics", "meetsGuideline", "androidTapTargetGuideline"])
T("stest", "top_a", "testing", "Test için varsayılan kullanıcı adını sabit olarak tanımla",
  "const kTestUser = 'Ayşe';", ["const", "kTestUser"])
# ---------------------------------------------------------------------------------------------------------------
# 31. Banking: animated spending chart (CustomPainter)
host("chart", r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

@@top_a

class SpendingRingPainter extends CustomPainter {
  SpendingRingPainter({required this.fractions, required this.colors, required this.progress});

  final List<double> fractions;
  final List<Color> colors;
  final double progress;

  @override
  void paint(Canvas canvas, Size size) {
    final rect = Offset.zero & size;
    final paint = Paint()
      ..style = PaintingStyle.stroke
      ..strokeWidth = 18;
    var start = -math.pi / 2;
    @@st_paint
  }

  @override
  bool shouldRepaint(covariant SpendingRingPainter oldDelegate) {
    @@st_repaint
  }
}

class SpendingRing extends StatefulWidget {
  const SpendingRing({super.key, required this.fractions, required this.colors});

  final List<double> fractions;
  final List<Color> colors;

  @override
  State<SpendingRing> createState() => _SpendingRingState();
}

class _SpendingRingState extends State<SpendingRing> with SingleTickerProviderStateMixin {
  late final AnimationController _controller =
      AnimationController(vsync: this, duration: const Duration(milliseconds: 900))..forward();

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _controller,
      builder: (context, child) => CustomPaint(
        @@arg_paint
        painter: SpendingRingPainter(
          fractions: widget.fractions,
          colors: widget.colors,
          progress: Curves.easeOutCubic.transform(_controller.value),
        ),
      ),
    );
  }
}
""")

T("chart", "st_paint", "performance", "Her dilimi kendi rengiyle, progress oranında yay olarak çiz",
  """for (var i = 0; i < fractions.length; i++) {
  final sweep = fractions[i] * 2 * math.pi * progress;
  paint.color = colors[i % colors.length];
  canvas.drawArc(rect.deflate(9), start, sweep, false, paint);
  start += sweep;
}""", ["canvas.drawArc", "fractions", "progress", "paint.color"])
T("chart", "st_paint", "widgets_layout", "dilimleri çizmeden önce gri bir arka plan halkası çiz",
  """canvas.drawCircle(
  rect.center,
  size.shortestSide / 2 - 9,
  Paint()
    ..style = PaintingStyle.stroke
    ..strokeWidth = 18
    ..color = Colors.grey.shade200,
);""", ["canvas.drawCircle", "rect.center"])
T("chart", "st_repaint", "performance", "Sadece progress veya veriler değiştiyse yeniden çiz",
  """return oldDelegate.progress != progress ||
    oldDelegate.fractions != fractions ||
    oldDelegate.colors != colors;""", ["oldDelegate.progress", "oldDelegate.fractions"])
T("chart", "st_repaint", "performance", "progress değişmediyse yeniden çizme",
  "return oldDelegate.progress != progress;", ["oldDelegate.progress"])
T("chart", "arg_paint", "widgets_layout", "Çizim alanı 200x200 olsun",
  "size: const Size.square(200),", ["size", "Size.square | Size"])
T("chart", "arg_paint", "widgets_layout", "ortasına toplam harcamayı yazan bir child koy",
  """child: SizedBox.square(
  dimension: 200,
  child: Center(
    child: Text('Toplam', style: Theme.of(context).textTheme.titleMedium),
  ),
),""", ["child", "Center", "Text"])
T("chart", "arg_paint", "performance", "painter'ın karmaşık olduğunu ve önbelleğe alınabileceğini belirt",
  "isComplex: true,\nwillChange: false,", ["isComplex", "willChange"])
T("chart", "cls_a", "animations", "controller'ı serbest bırakan dispose",
  """@override
void dispose() {
  _controller.dispose();
  super.dispose();
}""", ["_controller.dispose", "super.dispose"])
T("chart", "cls_a", "animations", "Veriler değişince animasyonu baştan oynat",
  """@override
void didUpdateWidget(covariant SpendingRing oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (oldWidget.fractions != widget.fractions) {
    _controller.forward(from: 0);
  }
}""", ["didUpdateWidget", "_controller.forward", "oldWidget.fractions"])
T("chart", "top_a", "widgets_layout", "Grafik için varsayılan kategori renkleri listesi",
  """const kCategoryColors = <Color>[
  Color(0xFF1E88E5),
  Color(0xFF43A047),
  Color(0xFFFB8C00),
  Color(0xFFE53935),
];""", ["const", "Color"])
T("chart", "top_a", "dart_language", "Tutar listesini toplamı 1 olan oranlara çeviren fonksiyon",
  """List<double> toFractions(List<double> amounts) {
  final total = amounts.fold<double>(0, (sum, a) => sum + a);
  if (total == 0) return List.filled(amounts.length, 0);
  return [for (final a in amounts) a / total];
}""", ["fold", "total"])
T("chart", "top_a", "widgets_layout", "Grafiğin altına renk açıklamaları için küçük bir Legend widget'ı yaz",
  """class SpendingLegend extends StatelessWidget {
  const SpendingLegend({super.key, required this.labels, required this.colors});

  final List<String> labels;
  final List<Color> colors;

  @override
  Widget build(BuildContext context) {
    return Wrap(
      spacing: 12,
      children: [
        for (var i = 0; i < labels.length; i++)
          Row(
            mainAxisSize: MainAxisSize.min,
            children: [
              CircleAvatar(radius: 5, backgroundColor: colors[i % colors.length]),
              const SizedBox(width: 4),
              Text(labels[i]),
            ],
          ),
      ],
    );
  }
}""", ["extends StatelessWidget", "Wrap"])
# ---------------------------------------------------------------------------------------------------------------
# 32. Weather: severe weather alerts (platform, navigation)
host("alerts", r"""
import 'package:flutter/material.dart';
import 'package:flutter_local_notifications/flutter_local_notifications.dart';
import 'package:share_plus/share_plus.dart';
import 'package:url_launcher/url_launcher.dart';

final rootNavigatorKey = GlobalKey<NavigatorState>();

@@top_a

class WeatherAlert {
  const WeatherAlert({required this.id, required this.title, required this.detailsUrl, required this.severe});

  final int id;
  final String title;
  final String detailsUrl;
  final bool severe;
}

class AlertNotifier {
  AlertNotifier(this._plugin);

  final FlutterLocalNotificationsPlugin _plugin;

  Future<void> init() async {
    @@st_init
  }

  Future<void> show(WeatherAlert alert) async {
    @@st_show
  }
}

class AlertTile extends StatelessWidget {
  const AlertTile({super.key, required this.alert});

  final WeatherAlert alert;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      leading: Icon(alert.severe ? Icons.warning_amber : Icons.info_outline),
      title: Text(alert.title),
      trailing: Row(
        mainAxisSize: MainAxisSize.min,
        children: [
          @@el_trailing
        ],
      ),
      onTap: () async {
        @@cb_tap
      },
    );
  }
}

@@top_b
""")

T("alerts", "st_init", "platform", "Android için uygulama ikonuyla, iOS için varsayılan ayarlarla plugin'i başlat",
  """const settings = InitializationSettings(
  android: AndroidInitializationSettings('@mipmap/ic_launcher'),
  iOS: DarwinInitializationSettings(),
);
await _plugin.initialize(settings);""", ["InitializationSettings", "AndroidInitializationSettings", "_plugin.initialize"])
T("alerts", "st_init", "navigation", "bildirime tıklanınca payload'daki rotaya gitmek için callback ver",
  """await _plugin.initialize(
  const InitializationSettings(
    android: AndroidInitializationSettings('@mipmap/ic_launcher'),
    iOS: DarwinInitializationSettings(),
  ),
  onDidReceiveNotificationResponse: (response) {
    final route = response.payload;
    if (route != null) rootNavigatorKey.currentState?.pushNamed(route);
  },
);""", ["onDidReceiveNotificationResponse", "response.payload", "pushNamed"])
T("alerts", "st_show", "platform", "Uyarıyı yüksek öncelikli bir bildirim olarak göster, şiddetliyse max önem",
  """final details = NotificationDetails(
  android: AndroidNotificationDetails(
    'weather_alerts',
    'Hava uyarıları',
    importance: alert.severe ? Importance.max : Importance.defaultImportance,
    priority: Priority.high,
  ),
  iOS: const DarwinNotificationDetails(),
);
await _plugin.show(alert.id, 'Hava uyarısı', alert.title, details);""",
  ["NotificationDetails", "AndroidNotificationDetails", "_plugin.show", "alert.id"])
T("alerts", "st_show", "platform", "sadece şiddetli uyarıları bildir, payload olarak /alerts ver",
  """if (!alert.severe) return;
await _plugin.show(
  alert.id,
  'Şiddetli hava uyarısı',
  alert.title,
  const NotificationDetails(
    android: AndroidNotificationDetails('severe', 'Şiddetli uyarılar', importance: Importance.max),
  ),
  payload: '/alerts',
);""", ["alert.severe", "_plugin.show", "payload"])
T("alerts", "el_trailing", "platform", "Uyarıyı paylaşmak için bir paylaş butonu ekle",
  """IconButton(
  icon: const Icon(Icons.share),
  onPressed: () => Share.share('${alert.title}\\n${alert.detailsUrl}'),
),""", ["IconButton", "Share.share | SharePlus.instance"])
T("alerts", "el_trailing", "widgets_layout", "şiddetli uyarıda kırmızı bir 'Acil' rozeti göster",
  """if (alert.severe)
  const Chip(
    label: Text('Acil'),
    backgroundColor: Colors.red,
    labelStyle: TextStyle(color: Colors.white),
  ),""", ["alert.severe", "Chip | Badge | Container"])
T("alerts", "cb_tap", "platform", "Detay bağlantısını harici tarayıcıda aç, açılamazsa snackbar göster",
  """final uri = Uri.parse(alert.detailsUrl);
final ok = await launchUrl(uri, mode: LaunchMode.externalApplication);
if (!ok && context.mounted) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Bağlantı açılamadı')),
  );
}""", ["launchUrl", "Uri.parse", "LaunchMode.externalApplication", "context.mounted"])
T("alerts", "cb_tap", "navigation", "uyarı detay sayfasına uyarıyı argüman olarak gönder",
  """await Navigator.of(context).pushNamed('/alert', arguments: alert);""", ["pushNamed | push", "alert"])
T("alerts", "cb_tap", "platform", "acil durumlarda 112'yi aramak için telefon uygulamasını aç",
  """if (alert.severe) {
  await launchUrl(Uri(scheme: 'tel', path: '112'));
}""", ["launchUrl", "Uri", "alert.severe"])
T("alerts", "top_a", "navigation", "Uyarı detay sayfasının route adını sabit olarak tanımla",
  "const kAlertDetailRoute = '/alert';", ["const", "kAlertDetailRoute"])
T("alerts", "top_a", "async", "Uyarıları her 15 dakikada bir kontrol eden bir Stream üreten fonksiyon yaz",
  """Stream<int> alertTicks() => Stream.periodic(const Duration(minutes: 15), (count) => count);""",
  ["Stream.periodic", "Duration"])
T("alerts", "top_b", "platform", "Uyarı detay sayfasını uygulama içi web görünümünde açan fonksiyon",
  """Future<void> openInApp(WeatherAlert alert) async {
  await launchUrl(Uri.parse(alert.detailsUrl), mode: LaunchMode.inAppBrowserView);
}""", ["launchUrl", "LaunchMode.inAppBrowserView | LaunchMode.inAppWebView"])
T("alerts", "top_b", "navigation", "Uyarı listesi ekranı için route oluşturan fonksiyon yaz (slide-up geçişli)",
  """Route<void> alertsRoute(Widget page) {
  return PageRouteBuilder<void>(
    pageBuilder: (context, animation, secondaryAnimation) => page,
    transitionsBuilder: (context, animation, secondaryAnimation, child) => SlideTransition(
      position: Tween(begin: const Offset(0, 1), end: Offset.zero).animate(animation),
      child: child,
    ),
  );
}""", ["PageRouteBuilder", "SlideTransition", "transitionsBuilder"])
# ---------------------------------------------------------------------------------------------------------------
# 33. Fitness: water intake tracker
host("water", r"""
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

@@top_a

class WaterIntakePage extends StatefulWidget {
  const WaterIntakePage({super.key, this.dailyTargetMl = 2500});

  final int dailyTargetMl;

  @override
  State<WaterIntakePage> createState() => _WaterIntakePageState();
}

class _WaterIntakePageState extends State<WaterIntakePage> {
  final _intake = ValueNotifier<int>(0);
  final List<int> _glasses = [];
  final _customController = TextEditingController();

  void _add(int ml) {
    @@st_add
  }

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Su takibi')),
      body: Column(
        children: [
          ValueListenableBuilder<int>(
            valueListenable: _intake,
            builder: (context, value, child) {
              @@cb_vlb
            },
          ),
          Wrap(
            spacing: 8,
            children: [
              @@el_wrap
            ],
          ),
          Expanded(
            child: GridView.count(
              crossAxisCount: 4,
              @@arg_grid
              children: [
                for (final ml in _glasses)
                  Image.asset('assets/images/glass.png', semanticLabel: '$ml ml'),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""")

T("water", "st_add", "state", "Bardağı listeye ekle ve toplamı ValueNotifier'da güncelle",
  """setState(() => _glasses.add(ml));
_intake.value += ml;""", ["_glasses.add", "_intake.value"])
T("water", "st_add", "forms", "ml 0 ya da 1000'den büyükse ekleme; değilse ekle",
  """if (ml <= 0 || ml > 1000) return;
setState(() => _glasses.add(ml));
_intake.value += ml;""", ["ml", "_intake.value", "_glasses.add"])
T("water", "cb_vlb", "animations", "Hedefe göre dolan dikey bir su seviyesi göstergesini animasyonla çiz",
  """final ratio = (value / widget.dailyTargetMl).clamp(0.0, 1.0);
return Container(
  height: 160,
  width: 80,
  alignment: Alignment.bottomCenter,
  decoration: BoxDecoration(border: Border.all(color: Colors.blue), borderRadius: BorderRadius.circular(12)),
  child: AnimatedContainer(
    duration: const Duration(milliseconds: 400),
    height: 160 * ratio,
    color: Colors.blue.shade300,
  ),
);""", ["AnimatedContainer", "widget.dailyTargetMl", "value"])
T("water", "cb_vlb", "localization", "İçilen miktarı litre cinsinden, Türkçe ondalıkla göster",
  """final liters = NumberFormat('0.0', 'tr_TR').format(value / 1000);
return Text('$liters L', style: Theme.of(context).textTheme.displaySmall);""",
  ["NumberFormat", "value"])
T("water", "cb_vlb", "images_assets", "hedefe ulaşıldıysa kupa görselini, değilse damla görselini göster",
  """return Image.asset(
  value >= widget.dailyTargetMl ? 'assets/images/trophy.png' : 'assets/images/drop.png',
  height: 96,
);""", ["Image.asset", "widget.dailyTargetMl", "value"])
T("water", "el_wrap", "forms", "200, 330 ve 500 ml için hızlı ekleme butonları koy",
  """for (final ml in const [200, 330, 500])
  OutlinedButton(
    onPressed: () => _add(ml),
    child: Text('+$ml ml'),
  ),""", ["_add", "OutlinedButton | ElevatedButton | FilledButton | ActionChip"])
T("water", "el_wrap", "forms", "Özel miktar için küçük bir sayı alanı ve ekle butonu koy",
  """SizedBox(
  width: 100,
  child: TextField(
    controller: _customController,
    keyboardType: TextInputType.number,
    decoration: const InputDecoration(suffixText: 'ml'),
  ),
),
IconButton(
  icon: const Icon(Icons.add_circle),
  onPressed: () {
    final ml = int.tryParse(_customController.text);
    if (ml != null) _add(ml);
    _customController.clear();
  },
),""", ["_customController", "int.tryParse", "_add"])
T("water", "el_wrap", "state", "son eklenen bardağı geri alan bir buton ekle, liste boşken pasif olsun",
  """TextButton.icon(
  onPressed: _glasses.isEmpty
      ? null
      : () {
          final last = _glasses.last;
          setState(() => _glasses.removeLast());
          _intake.value -= last;
        },
  icon: const Icon(Icons.undo),
  label: const Text('Geri al'),
),""", ["_glasses.removeLast", "_intake.value", "_glasses.isEmpty"])
T("water", "arg_grid", "lists", "Aralara 8 boşluk ve kenarlara 16 padding ver",
  """padding: const EdgeInsets.all(16),
mainAxisSpacing: 8,
crossAxisSpacing: 8,""", ["mainAxisSpacing", "crossAxisSpacing", "padding"])
T("water", "arg_grid", "images_assets", "kareler biraz uzun olsun (en/boy 0.7)",
  "childAspectRatio: 0.7,", ["childAspectRatio"])
T("water", "cls_a", "state", "notifier ve controller'ı temizleyen dispose",
  """@override
void dispose() {
  _intake.dispose();
  _customController.dispose();
  super.dispose();
}""", ["_intake.dispose", "_customController.dispose", "super.dispose"])
T("water", "cls_a", "lists", "Bugün içilen bardak sayısını ve ortalamayı döndüren getter'lar",
  """int get _count => _glasses.length;

double get _averageMl => _glasses.isEmpty ? 0 : _intake.value / _glasses.length;""",
  ["_glasses.length", "get"])
T("water", "top_a", "images_assets", "Bardak ve damla görsel yolları için sabitler",
  """const kGlassImage = 'assets/images/glass.png';
const kDropImage = 'assets/images/drop.png';""", ["const"])
T("water", "top_a", "dart_language", "ml'yi bardak sayısına çeviren (250 ml = 1 bardak) extension",
  """extension Glasses on int {
  double get glasses => this / 250;
}""", ["extension", "glasses"])
# ---------------------------------------------------------------------------------------------------------------
# 34. Wallet: exchange rates
host("rates", r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;
import 'package:intl/intl.dart';

@@top_a

class RatesPage extends StatefulWidget {
  const RatesPage({super.key, this.base = 'TRY'});

  final String base;

  @override
  State<RatesPage> createState() => _RatesPageState();
}

class _RatesPageState extends State<RatesPage> {
  Map<String, double> _rates = {};
  DateTime? _updatedAt;

  Future<void> _load() async {
    final response = await http.get(Uri.parse('https://api.rates.example/latest?base=${widget.base}'));
    @@st_load
  }

  @override
  Widget build(BuildContext context) {
    final codes = _rates.keys.toList()..sort();
    return Scaffold(
      appBar: AppBar(title: Text('Kurlar (${widget.base})')),
      body: Column(
        children: [
          @@el_col
          Expanded(
            child: ListView.builder(
              itemCount: codes.length,
              @@arg_list
              itemBuilder: (context, index) {
                final code = codes[index];
                return ListTile(title: Text(code), trailing: Text(_rates[code]!.toStringAsFixed(4)));
              },
            ),
          ),
        ],
      ),
    );
  }
}
""")

T("rates", "st_load", "http_json", "200 ise 'rates' nesnesini Map<String, double>'a çevirip state'e yaz, güncellenme zamanını da kaydet",
  """if (response.statusCode != 200) return;
final json = jsonDecode(response.body) as Map<String, dynamic>;
final rates = (json['rates'] as Map<String, dynamic>)
    .map((code, value) => MapEntry(code, (value as num).toDouble()));
if (!mounted) return;
setState(() {
  _rates = rates;
  _updatedAt = DateTime.now();
});""", ["jsonDecode", "MapEntry", "setState", "_rates"])
T("rates", "st_load", "http_json", "hata kodunda exception fırlat; başarılıysa kurları yükle",
  """if (response.statusCode >= 400) {
  throw http.ClientException('Kurlar alınamadı (${response.statusCode})', response.request?.url);
}
final data = jsonDecode(response.body)['rates'] as Map<String, dynamic>;
setState(() => _rates = data.map((k, v) => MapEntry(k, (v as num).toDouble())));""",
  ["response.statusCode", "throw", "jsonDecode", "setState"])
T("rates", "el_col", "localization", "Son güncellenme zamanını yerel tarih-saat formatında göster",
  """if (_updatedAt != null)
  Padding(
    padding: const EdgeInsets.all(8),
    child: Text('Güncellendi: ${DateFormat.yMd('tr_TR').add_Hm().format(_updatedAt!)}'),
  ),""", ["DateFormat", "_updatedAt"])
T("rates", "el_col", "async", "Kurları yenilemek için bir buton ekle",
  """TextButton.icon(
  onPressed: _load,
  icon: const Icon(Icons.refresh),
  label: const Text('Yenile'),
),""", ["_load"])
T("rates", "el_col", "localization", "100 birim baz paranın USD karşılığını para birimi formatında göster",
  """if (_rates['USD'] != null)
  Text(NumberFormat.simpleCurrency(name: 'USD').format(100 * _rates['USD']!)),""",
  ["NumberFormat.simpleCurrency | NumberFormat.currency", "_rates"])
T("rates", "arg_list", "performance", "Satır yüksekliği sabit 56 olsun",
  "itemExtent: 56,", ["itemExtent"])
T("rates", "arg_list", "performance", "tüm satırlar aynı yükseklikte olsun, ilk satırı prototip olarak kullan",
  "prototypeItem: const ListTile(title: Text('USD'), trailing: Text('0.0000')),", ["prototypeItem"])
T("rates", "arg_list", "lists", "liste kaydırılırken klavye kapansın",
  "keyboardDismissBehavior: ScrollViewKeyboardDismissBehavior.onDrag,",
  ["keyboardDismissBehavior", "ScrollViewKeyboardDismissBehavior.onDrag"])
T("rates", "top_a", "http_json", "Kur yanıtı için fromJson'lu bir RatesResponse sınıfı",
  """class RatesResponse {
  const RatesResponse({required this.base, required this.rates});

  factory RatesResponse.fromJson(Map<String, dynamic> json) => RatesResponse(
        base: json['base'] as String,
        rates: (json['rates'] as Map<String, dynamic>).map((k, v) => MapEntry(k, (v as num).toDouble())),
      );

  final String base;
  final Map<String, double> rates;
}""", ["fromJson", "MapEntry", "toDouble"])
T("rates", "top_a", "localization", "Para birimi koduna göre sembol döndüren fonksiyon (intl ile)",
  """String currencySymbol(String code) => NumberFormat.simpleCurrency(name: code).currencySymbol;""",
  ["NumberFormat.simpleCurrency", "currencySymbol"])
T("rates", "top_a", "dart_language", "İki kur arasında çeviri yapan fonksiyon",
  """double convert(double amount, double fromRate, double toRate) => amount / fromRate * toRate;""", ["double"])
# ---------------------------------------------------------------------------------------------------------------
# 35. Fitness: exercise gallery
host("gallery", r"""
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';
import 'package:flutter_cache_manager/flutter_cache_manager.dart';

class Exercise {
  const Exercise({required this.name, required this.imageUrl, required this.muscle});

  final String name;
  final String imageUrl;
  final String muscle;
}

@@top_a

class ExerciseGallery extends StatelessWidget {
  const ExerciseGallery({super.key, required this.exercises});

  final List<Exercise> exercises;

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 2),
      itemCount: exercises.length,
      itemBuilder: (context, index) {
        final exercise = exercises[index];
        return GestureDetector(
          onTap: () {
            @@cb_tap
          },
          child: Stack(
            fit: StackFit.expand,
            children: [
              Hero(
                tag: exercise.imageUrl,
                child: CachedNetworkImage(
                  imageUrl: exercise.imageUrl,
                  @@arg_img
                ),
              ),
              @@el_stack
            ],
          ),
        );
      },
    );
  }
}

@@top_b
""")

T("gallery", "arg_img", "images_assets", "Kapsayacak şekilde kırp, yüklenirken gri kutu, hata olursa kırık resim ikonu göster",
  """fit: BoxFit.cover,
placeholder: (context, url) => Container(color: Colors.grey.shade300),
errorWidget: (context, url, error) => const Icon(Icons.broken_image),""",
  ["fit", "placeholder", "errorWidget"])
T("gallery", "arg_img", "performance", "bellekte 400 piksel genişlikte tutulsun",
  "memCacheWidth: 400,\nfit: BoxFit.cover,", ["memCacheWidth"])
T("gallery", "arg_img", "animations", "resim yüklenince 300 ms fade-in ile gelsin",
  "fadeInDuration: const Duration(milliseconds: 300),\nfit: BoxFit.cover,", ["fadeInDuration"])
T("gallery", "el_stack", "images_assets", "Alta yarı saydam siyah bir bant içinde egzersiz adını yaz",
  """Positioned(
  left: 0,
  right: 0,
  bottom: 0,
  child: Container(
    color: Colors.black54,
    padding: const EdgeInsets.all(8),
    child: Text(exercise.name, style: const TextStyle(color: Colors.white)),
  ),
),""", ["Positioned", "exercise.name"])
T("gallery", "el_stack", "widgets_layout", "sağ üstte kas grubunu gösteren küçük bir chip koy",
  """Positioned(
  top: 8,
  right: 8,
  child: Chip(label: Text(exercise.muscle), visualDensity: VisualDensity.compact),
),""", ["Positioned", "Chip", "exercise.muscle"])
T("gallery", "el_stack", "animations", "dokunma dalgası efekti için üstte şeffaf bir Material+InkWell ekle",
  """Material(
  color: Colors.transparent,
  child: InkWell(onTap: () {}),
),""", ["Material", "InkWell"])
T("gallery", "cb_tap", "animations", "Tam ekran resim sayfasını Hero animasyonuyla aç",
  """Navigator.of(context).push(
  MaterialPageRoute<void>(
    builder: (context) => Scaffold(
      appBar: AppBar(title: Text(exercise.name)),
      body: Center(
        child: Hero(
          tag: exercise.imageUrl,
          child: CachedNetworkImage(imageUrl: exercise.imageUrl),
        ),
      ),
    ),
  ),
);""", ["Navigator.of | Navigator.push", "Hero", "exercise.imageUrl"])
T("gallery", "cb_tap", "images_assets", "resmi yakınlaştırılabilir şekilde bir dialogda göster",
  """showDialog<void>(
  context: context,
  builder: (context) => Dialog(
    child: InteractiveViewer(
      maxScale: 4,
      child: CachedNetworkImage(imageUrl: exercise.imageUrl),
    ),
  ),
);""", ["showDialog", "InteractiveViewer", "exercise.imageUrl"])
T("gallery", "cls_a", "lists", "Kas grubuna göre filtrelenmiş egzersizleri döndüren metot",
  """List<Exercise> byMuscle(String muscle) =>
    exercises.where((e) => e.muscle == muscle).toList();""", ["exercises.where", "muscle"])
T("gallery", "cls_a", "images_assets", "İlk 6 resmi önceden önbelleğe alan metot",
  """void precacheFirst(BuildContext context) {
  for (final exercise in exercises.take(6)) {
    precacheImage(CachedNetworkImageProvider(exercise.imageUrl), context);
  }
}""", ["precacheImage", "CachedNetworkImageProvider"])
T("gallery", "top_a", "lists", "Egzersizleri kas grubuna göre gruplayan fonksiyon",
  """Map<String, List<Exercise>> groupByMuscle(List<Exercise> items) {
  final groups = <String, List<Exercise>>{};
  for (final e in items) {
    (groups[e.muscle] ??= []).add(e);
  }
  return groups;
}""", ["Map", "muscle"])
T("gallery", "top_b", "images_assets", "Önbelleği temizleyen yardımcı fonksiyon",
  """Future<void> clearImageCache() async {
  await DefaultCacheManager().emptyCache();
  PaintingBinding.instance.imageCache.clear();
}""", ["DefaultCacheManager", "imageCache.clear"])
T("gallery", "top_b", "lists", "Egzersiz ismine göre arama yapan sıralı liste döndüren fonksiyon",
  """List<Exercise> searchExercises(List<Exercise> items, String query) {
  final q = query.toLowerCase();
  return items.where((e) => e.name.toLowerCase().contains(q)).toList()
    ..sort((a, b) => a.name.compareTo(b.name));
}""", ["where", "contains", "sort"])
# ---------------------------------------------------------------------------------------------------------------
# 36. Banking: PIN / login screen
host("pin", r"""
import 'dart:async';

import 'package:flutter/material.dart';
import 'package:flutter_secure_storage/flutter_secure_storage.dart';
import 'package:local_auth/local_auth.dart';

@@top_a

class PinLoginPage extends StatefulWidget {
  const PinLoginPage({super.key});

  @override
  State<PinLoginPage> createState() => _PinLoginPageState();
}

class _PinLoginPageState extends State<PinLoginPage> {
  final _storage = const FlutterSecureStorage();
  final _auth = LocalAuthentication();
  final _pinController = TextEditingController();
  int _attempts = 0;
  String? _error;

  @override
  void initState() {
    super.initState();
    @@st_init
  }

  Future<void> _verify() async {
    final saved = await _storage.read(key: 'pin');
    @@st_verify
  }

  @@cls_a

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      body: Padding(
        padding: const EdgeInsets.all(24),
        child: Column(
          mainAxisAlignment: MainAxisAlignment.center,
          children: [
            const Icon(Icons.lock, size: 64),
            @@el_col
            TextField(
              controller: _pinController,
              obscureText: true,
              keyboardType: TextInputType.number,
              @@arg_pin
            ),
          ],
        ),
      ),
    );
  }
}

@@top_b
""")

T("pin", "st_init", "platform", "Sayfa açılınca biyometrik doğrulamayı dene, başarılıysa /home'a geç",
  """WidgetsBinding.instance.addPostFrameCallback((_) async {
  final ok = await _auth.authenticate(localizedReason: 'Hesabınıza giriş yapın');
  if (ok && mounted) Navigator.of(context).pushReplacementNamed('/home');
});""", ["_auth.authenticate", "localizedReason", "pushReplacementNamed | pushReplacement | context.go"])
T("pin", "st_init", "async", "PIN alanı 4 haneye ulaşınca otomatik doğrula",
  """_pinController.addListener(() {
  if (_pinController.text.length == 4) _verify();
});""", ["_pinController.addListener", "_verify"])
T("pin", "st_verify", "storage", "PIN doğruysa /home'a git, yanlışsa deneme sayısını artırıp hata mesajı göster",
  """if (!mounted) return;
if (saved == _pinController.text) {
  Navigator.of(context).pushReplacementNamed('/home');
  return;
}
setState(() {
  _attempts++;
  _error = 'Hatalı PIN ($_attempts/3)';
});
_pinController.clear();""", ["saved", "_pinController.text", "_attempts", "setState"])
T("pin", "st_verify", "storage", "hiç PIN kaydedilmemişse girilen PIN'i güvenli depoya kaydet",
  """if (saved == null) {
  await _storage.write(key: 'pin', value: _pinController.text);
  return;
}""", ["_storage.write", "saved == null"])
T("pin", "st_verify", "async", "3 hatalı denemeden sonra 30 saniye kilitle",
  """if (saved != _pinController.text) {
  setState(() => _attempts++);
  if (_attempts >= 3) {
    setState(() => _error = '30 saniye bekleyin');
    await Future.delayed(const Duration(seconds: 30));
    if (!mounted) return;
    setState(() {
      _attempts = 0;
      _error = null;
    });
  }
}""", ["_attempts", "Future.delayed", "mounted"])
T("pin", "el_col", "forms", "Hata mesajı varsa kırmızı renkte göster",
  """if (_error != null)
  Padding(
    padding: const EdgeInsets.symmetric(vertical: 8),
    child: Text(_error!, style: TextStyle(color: Theme.of(context).colorScheme.error)),
  ),""", ["_error", "colorScheme.error | Colors.red"])
T("pin", "el_col", "platform", "Parmak izi ile giriş butonu ekle",
  """TextButton.icon(
  onPressed: () async {
    final ok = await _auth.authenticate(localizedReason: 'Parmak izinizi okutun');
    if (ok && context.mounted) Navigator.of(context).pushReplacementNamed('/home');
  },
  icon: const Icon(Icons.fingerprint),
  label: const Text('Parmak izi ile giriş'),
),""", ["_auth.authenticate", "Icons.fingerprint"])
T("pin", "el_col", "navigation", "PIN'imi unuttum bağlantısı: /reset-pin sayfasına gitsin",
  """TextButton(
  onPressed: () => Navigator.of(context).pushNamed('/reset-pin'),
  child: const Text('PIN\\'imi unuttum'),
),""", ["pushNamed | push | context.push"])
T("pin", "arg_pin", "forms", "Tam 4 hane girilebilsin, karakter sayacı gizlensin ve ortalı yazılsın",
  """maxLength: 4,
textAlign: TextAlign.center,
decoration: const InputDecoration(counterText: '', hintText: '••••'),""", ["maxLength", "counterText", "TextAlign.center"])
T("pin", "arg_pin", "theming", "PIN harfleri büyük ve aralıklı olsun",
  "style: const TextStyle(fontSize: 32, letterSpacing: 16),", ["style", "letterSpacing"])
T("pin", "arg_pin", "forms", "klavyede bitti'ye basınca doğrulama çalışsın",
  "textInputAction: TextInputAction.done,\nonSubmitted: (_) => _verify(),", ["onSubmitted", "_verify"])
T("pin", "cls_a", "storage", "Kayıtlı PIN'i silen _forgetPin metodu yaz",
  """Future<void> _forgetPin() async {
  await _storage.delete(key: 'pin');
}""", ["_storage.delete"])
T("pin", "cls_a", "platform", "Cihaz biyometri destekliyor mu diye kontrol eden metot",
  """Future<bool> _canUseBiometrics() async {
  return await _auth.canCheckBiometrics && await _auth.isDeviceSupported();
}""", ["_auth.canCheckBiometrics", "_auth.isDeviceSupported"])
T("pin", "top_a", "storage", "Güvenli depolama anahtarlarını sabit olarak tanımla",
  """const kPinKey = 'pin';
const kTokenKey = 'auth_token';""", ["const"])
T("pin", "top_b", "navigation", "Oturumu kapatıp tüm sayfaları temizleyerek /login'e dönen bir fonksiyon yaz",
  """Future<void> logout(BuildContext context) async {
  await const FlutterSecureStorage().delete(key: 'auth_token');
  if (!context.mounted) return;
  Navigator.of(context).pushNamedAndRemoveUntil('/login', (route) => false);
}""", ["pushNamedAndRemoveUntil", "context.mounted"])
T("pin", "top_b", "async", "İnaktivite için 5 dakikada dolan bir zamanlayıcı oluşturan fonksiyon",
  """Timer startInactivityTimer(VoidCallback onTimeout) {
  return Timer(const Duration(minutes: 5), onTimeout);
}""", ["Timer", "Duration"])
# ---------------------------------------------------------------------------------------------------------------
# Extra tasks on earlier hosts (balance of positions and topics)
T("txlist", "top_a", "lists", "İşlemleri ay-yıla göre gruplayan bir fonksiyon yaz",
  """Map<String, List<Transaction>> groupByMonth(List<Transaction> items) {
  final groups = <String, List<Transaction>>{};
  for (final tx in items) {
    final key = DateFormat('MMMM y', 'tr_TR').format(tx.date);
    groups.putIfAbsent(key, () => []).add(tx);
  }
  return groups;
}""", ["putIfAbsent | ??=", "DateFormat", "Transaction"])
T("history", "top_a", "performance", "Liste boşken gösterilecek const kurucuya sahip bir EmptyHistory widget'ı yaz",
  """class EmptyHistory extends StatelessWidget {
  const EmptyHistory({super.key});

  @override
  Widget build(BuildContext context) {
    return const Center(child: Text('Henüz antrenman yok'));
  }
}""", ["extends StatelessWidget", "const"])
T("wsvc", "top_a", "async", "Başarısız olursa artan beklemeyle 3 kez tekrar deneyen genel bir retry fonksiyonu yaz",
  """Future<T> retry<T>(Future<T> Function() action, {int attempts = 3}) async {
  for (var i = 1; ; i++) {
    try {
      return await action();
    } catch (_) {
      if (i >= attempts) rethrow;
      await Future.delayed(Duration(seconds: i));
    }
  }
}""", ["Future.delayed", "rethrow", "await"])
T("btheme", "top_a", "theming", "Yeşil seed renginden açık bir ColorScheme sabiti oluştur",
  """final bankLightScheme = ColorScheme.fromSeed(seedColor: const Color(0xFF0B6E4F));""",
  ["ColorScheme.fromSeed", "seedColor"])
T("daily", "top_a", "localization", "Sıcaklığı verilen locale'e göre ondalıklı biçimlendiren fonksiyon",
  """String formatTemperature(double value, String locale) =>
    '${NumberFormat('0.#', locale).format(value)}°';""", ["NumberFormat"])
T("router", "top_a", "navigation", "Hesap detay yolunu id'den üreten yardımcı fonksiyon",
  """String accountPath(String id) => '/accounts/${Uri.encodeComponent(id)}';""", ["Uri.encodeComponent"])
T("wapp", "el_locales", "localization", "sağdan sola yazılan Arapça desteği de ekle",
  "Locale('ar'),", ["Locale"])
T("history", "el_slivers", "lists", "Başlık ile liste arasında 8 piksellik boşluk bırakan bir sliver koy",
  "const SliverToBoxAdapter(child: SizedBox(height: 8)),", ["SliverToBoxAdapter | SliverPadding", "SizedBox"])
T("onboard", "el_col", "animations", "Son sayfadaysa 'Hazırsın!' yazısı yumuşakça belirsin",
  """AnimatedOpacity(
  opacity: isLast ? 1 : 0,
  duration: const Duration(milliseconds: 400),
  child: const Text('Hazırsın!'),
),""", ["AnimatedOpacity", "isLast"])
T("rates", "el_col", "async", "kurlar henüz gelmediyse üstte ince bir ilerleme çubuğu göster",
  "if (_rates.isEmpty) const LinearProgressIndicator(minHeight: 2),", ["_rates.isEmpty", "LinearProgressIndicator"])
T("water", "el_wrap", "images_assets", "Assets'teki damla ikonuyla 'Tam bardak (250 ml)' butonu ekle",
  """ElevatedButton.icon(
  onPressed: () => _add(250),
  icon: Image.asset('assets/images/drop.png', width: 20, height: 20),
  label: const Text('Tam bardak (250 ml)'),
),""", ["Image.asset", "_add"])
T("accounts", "arg_grid", "lists", "içerik az olsa bile her zaman kaydırılabilsin",
  """physics: const AlwaysScrollableScrollPhysics(),
gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 2),""",
  ["AlwaysScrollableScrollPhysics"])
T("wheader", "arg_bg", "animations", "resim ilk yüklendiğinde opaklık animasyonuyla belirsin",
  """fit: BoxFit.cover,
frameBuilder: (context, child, frame, wasSynchronouslyLoaded) {
  if (wasSynchronouslyLoaded) return child;
  return AnimatedOpacity(
    opacity: frame == null ? 0 : 1,
    duration: const Duration(milliseconds: 500),
    child: child,
  );
},""", ["frameBuilder", "AnimatedOpacity", "wasSynchronouslyLoaded"])
T("history", "arg_tile", "theming", "satırın arka planını temanın surfaceContainerLow rengi yap ve köşeleri yuvarla",
  """tileColor: Theme.of(context).colorScheme.surfaceContainerLow,
shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(12)),""",
  ["tileColor", "colorScheme", "RoundedRectangleBorder"])
T("search", "arg_field", "forms", "otomatik düzeltme ve klavye önerileri kapalı olsun",
  "autocorrect: false,\nenableSuggestions: false,", ["autocorrect", "enableSuggestions"])
T("rates", "st_load", "http_json", "yanıttaki 'date' alanını DateTime olarak parse edip _updatedAt'e ata",
  """final json = jsonDecode(response.body) as Map<String, dynamic>;
final date = DateTime.tryParse(json['date'] as String? ?? '');
setState(() => _updatedAt = date ?? DateTime.now());""", ["jsonDecode", "DateTime.tryParse | DateTime.parse", "_updatedAt"])
T("cubit", "st_load", "performance", "aynı şehir zaten yüklüyse tekrar istek atma",
  """final current = state;
if (current is WeatherLoaded && current.forecast.city == city) return;
emit(const WeatherLoading());
emit(WeatherLoaded(await _service.fetchCurrent(city)));""", ["WeatherLoaded", "forecast.city", "_service.fetchCurrent"])
T("pulse", "st_update", "animations", "nabız 100'ü geçtiyse animasyonu hızlandır (süre 400 ms), değilse 800 ms",
  """_controller.duration = Duration(milliseconds: widget.bpm > 100 ? 400 : 800);
if (_controller.isAnimating) {
  _controller.repeat(reverse: true);
}""", ["_controller.duration", "widget.bpm", "repeat"])
T("whome", "cls_a", "navigation", "Şehir arama sayfasını açıp seçilen şehri döndüren _pickCity metodu yaz",
  """Future<String?> _pickCity() {
  return Navigator.of(context).pushNamed<String>('/cities');
}""", ["Navigator.of | Navigator.pushNamed", "pushNamed | push"])
T("search", "cls_a", "performance", "Aynı sorguyu tekrar sunucuya sormamak için sonuçları önbellekten veren _cachedSearch yaz",
  """final _cache = <String, List<String>>{};

Future<List<String>> _cachedSearch(String query) async {
  return _cache[query] ??= await widget.repository.search(query);
}""", ["_cache", "widget.repository.search"])
T("search", "cb_item", "images_assets", "Her şehrin yanında assets/flags klasöründen küçük bir bayrak resmi göster",
  """final city = _results[index];
return ListTile(
  leading: Image.asset(
    'assets/flags/${city.toLowerCase()}.png',
    width: 32,
    errorBuilder: (context, error, stackTrace) => const Icon(Icons.flag_outlined),
  ),
  title: Text(city),
);""", ["Image.asset", "_results", "ListTile"])
T("steps", "cb_save", "localization", "Hedef kaydedildi mesajında sayıyı binlik ayraçlı Türkçe formatta göster",
  """final goal = int.tryParse(_goalController.text) ?? _goal;
setState(() => _goal = goal);
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(content: Text('Yeni hedef: ${NumberFormat.decimalPattern('tr_TR').format(goal)} adım')),
);""", ["NumberFormat.decimalPattern", "showSnackBar", "setState"])
T("gallery", "cb_tap", "navigation", "Egzersiz detay sayfasına named route ile git, egzersizi argüman olarak gönder",
  """Navigator.pushNamed(context, '/exercise', arguments: exercise);""",
  ["Navigator.pushNamed | Navigator.of", "arguments", "exercise"])


# ---------------------------------------------------------------------------------------------------------------
def main() -> None:
    rows = []
    counters: Counter = Counter()
    used = set()
    errors = 0
    for index, (h, slot, topic, comment, answer, must, must_not, checks) in enumerate(TASKS):
        if h not in HOSTS:
            raise KeyError(h)
        file = render(HOSTS[h], slot, comment)
        blocks = find_request_comments(file)
        if len(blocks) != 1:
            print(f"task {index} {h}/{slot}: {len(blocks)} request comments ({comment!r})")
            errors += 1
            continue
        kind = position_of(file, blocks[0]).kind
        want = KINDS[slot.split("_")[0]]
        if kind != want:
            print(f"task {index} {h}/{slot}: position {kind}, wanted {want}")
            errors += 1
        number = 2000 + counters[topic]
        counters[topic] += 1
        row = {"id": f"ctx-{topic}-{number}", "topic": topic, "position": kind, "file": file, "answer": answer,
               "must_contain": must}
        if must_not:
            row["must_not"] = must_not
        if checks:
            row["checks"] = checks
        rows.append(row)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows -> {OUT} ({errors} slot errors)")
    print("positions:", dict(Counter(r["position"] for r in rows)))
    print("topics:", dict(sorted(Counter(r["topic"] for r in rows).items())))
    print("hosts:", dict(Counter(t[0] for t in TASKS)))


if __name__ == "__main__":
    main()
