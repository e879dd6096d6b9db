"""Generator for data/in_context/drafts/train-3.jsonl (in-context TRAINING rows, ids 3000-3999).

Domains: recipes, maps/places, music player, news reader. Each host is a realistic app file with SLOTS written as
`%%name%%` lines; a slot holds its neutral text unless a task fills it with its Turkish request comment. A row is
one host with one slot filled by one task's comment.

Run: .venv/bin/python experiments/in-context-authoring/train-3.py
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
from slots import Authoring  # noqa: E402

OUT = ROOT / "data/in_context/drafts/train-3.jsonl"
_authoring = Authoring(first_id=3000)  # the slot machinery, shared with the other composed generator
HOSTS, TASKS = _authoring.hosts, _authoring.tasks
host, T, build = _authoring.host, _authoring.task, _authoring.build



# ---------------------------------------------------------------- maps: nearby places page
M1 = host("nearby_places", r"""
import 'dart:math';

import 'package:flutter/material.dart';
import 'package:geolocator/geolocator.dart';
import 'package:url_launcher/url_launcher.dart';

import '../models/place.dart';
import '../services/places_api.dart';

%%top%%

class NearbyPlacesPage extends StatefulWidget {
  const NearbyPlacesPage({super.key, required this.api});

  final PlacesApi api;

  @override
  State<NearbyPlacesPage> createState() => _NearbyPlacesPageState();
}

class _NearbyPlacesPageState extends State<NearbyPlacesPage> {
  Position? _position;
  List<Place> _places = const [];
  String? _error;
  int _radiusKm = 2;

  Future<void> _refresh() async {
    final position = await Geolocator.getCurrentPosition();
    final places = await widget.api.nearby(position.latitude, position.longitude, radiusKm: _radiusKm);
    setState(() {
      _position = position;
      _places = places;
    });
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Yakındaki yerler')),
      floatingActionButton: FloatingActionButton(
        onPressed: () async {
          %%fab%%
        },
        child: const Icon(Icons.my_location),
      ),
      body: Column(
        children: [
          %%header%%
          Expanded(
            child: ListView.separated(
              itemCount: _places.length,
              separatorBuilder: (_, __) => const Divider(height: 1),
              itemBuilder: (context, index) {
                final place = _places[index];
                return ListTile(
                  leading: const Icon(Icons.place),
                  title: Text(place.name),
                  %%tileargs%%
                  trailing: IconButton(
                    icon: const Icon(Icons.directions),
                    onPressed: () async {
                      %%directions%%
                    },
                  ),
                );
              },
            ),
          ),
        ],
      ),
    );
  }
}
""",
    fab="await _refresh();",
    header="if (_error != null)\n  MaterialBanner(\n    content: Text(_error!),\n    actions: [TextButton(onPressed: _refresh, child: const Text('Tekrar dene'))],\n  ),",
    tileargs="subtitle: Text(place.address),",
    directions="await launchUrl(Uri.parse('https://maps.google.com/?daddr=${place.lat},${place.lng}'));",
)

T(M1, "fab", "platform", "Konum izni yoksa iste, reddedilirse _error'a mesaj yaz; izin varsa _refresh çağır",
  "var permission = await Geolocator.checkPermission();\nif (permission == LocationPermission.denied) {\n  permission = await Geolocator.requestPermission();\n}\nif (permission == LocationPermission.denied || permission == LocationPermission.deniedForever) {\n  setState(() => _error = 'Konum izni verilmedi');\n  return;\n}\nawait _refresh();",
  ["Geolocator.checkPermission", "Geolocator.requestPermission", "LocationPermission.denied", "_refresh"])
T(M1, "fab", "platform", "Konum servisi kapalıysa kullanıcıyı konum ayarlarına yönlendir",
  "if (!await Geolocator.isLocationServiceEnabled()) {\n  await Geolocator.openLocationSettings();\n  return;\n}\nawait _refresh();",
  ["Geolocator.isLocationServiceEnabled", "Geolocator.openLocationSettings"])
T(M1, "fab", "async", "Yenilerken hata olursa yakalayıp _error'a yaz ve SnackBar göster",
  "try {\n  await _refresh();\n  setState(() => _error = null);\n} catch (e) {\n  if (!mounted) return;\n  setState(() => _error = e.toString());\n  ScaffoldMessenger.of(context).showSnackBar(\n    const SnackBar(content: Text('Yerler yüklenemedi')),\n  );\n}",
  ["try", "catch", "_error", "showSnackBar"])
T(M1, "directions", "platform", "Google Maps'i dış uygulamada aç, açılamazsa SnackBar göster",
  "final uri = Uri.parse('https://www.google.com/maps/dir/?api=1&destination=${place.lat},${place.lng}');\nif (!await launchUrl(uri, mode: LaunchMode.externalApplication)) {\n  if (!context.mounted) return;\n  ScaffoldMessenger.of(context).showSnackBar(\n    const SnackBar(content: Text('Harita açılamadı')),\n  );\n}",
  ["launchUrl", "LaunchMode.externalApplication", "place.lat"])
T(M1, "directions", "platform", "yerin telefon numarasını ara",
  "await launchUrl(Uri(scheme: 'tel', path: place.phone));", ["launchUrl", "Uri", "place.phone"])
T(M1, "directions", "navigation", "Yol tarifi yerine önce bir bottom sheet aç, orada adres ve 'Yol tarifi al' butonu olsun",
  "await showModalBottomSheet<void>(\n  context: context,\n  builder: (context) => Padding(\n    padding: const EdgeInsets.all(16),\n    child: Column(\n      mainAxisSize: MainAxisSize.min,\n      children: [\n        Text(place.address),\n        const SizedBox(height: 12),\n        FilledButton(\n          onPressed: () => launchUrl(Uri.parse('geo:${place.lat},${place.lng}')),\n          child: const Text('Yol tarifi al'),\n        ),\n      ],\n    ),\n  ),\n);",
  ["showModalBottomSheet", "place.address", "launchUrl"], ["call showModalBottomSheet(context, builder)"])
T(M1, "header", "forms", "Arama yarıçapını 1-10 km arasında seçtiren bir Slider ekle",
  "Slider(\n  value: _radiusKm.toDouble(),\n  min: 1,\n  max: 10,\n  divisions: 9,\n  label: '$_radiusKm km',\n  onChanged: (value) => setState(() => _radiusKm = value.round()),\n  onChangeEnd: (_) => _refresh(),\n),",
  ["Slider", "_radiusKm", "onChanged"], ["call Slider(value, onChanged)"])
T(M1, "header", "widgets_layout", "Konum varsa üstte enlem/boylamı gösteren küçük bir bilgi satırı olsun",
  "if (_position != null)\n  Padding(\n    padding: const EdgeInsets.all(8),\n    child: Text(\n      'Konum: ${_position!.latitude.toStringAsFixed(4)}, ${_position!.longitude.toStringAsFixed(4)}',\n    ),\n  ),",
  ["if (_position != null)", "latitude", "longitude"])
T(M1, "header", "lists", "Kaç yer bulunduğunu gösteren bir başlık ekle",
  "Padding(\n  padding: const EdgeInsets.all(12),\n  child: Text('${_places.length} yer bulundu'),\n),",
  ["_places.length", "Text"])
T(M1, "tileargs", "widgets_layout", "Alt satırda adresi tek satırda, taşarsa üç nokta ile göster",
  "subtitle: Text(\n  place.address,\n  maxLines: 1,\n  overflow: TextOverflow.ellipsis,\n),",
  ["subtitle", "TextOverflow.ellipsis", "place.address"])
T(M1, "tileargs", "dart_language", "altyazıda yere olan mesafeyi km cinsinden göster, konum yoksa boş bırak",
  "subtitle: _position == null\n    ? null\n    : Text(\n        '${(Geolocator.distanceBetween(_position!.latitude, _position!.longitude, place.lat, place.lng) / 1000).toStringAsFixed(1)} km',\n      ),",
  ["subtitle", "Geolocator.distanceBetween"])
T(M1, "tileargs", "theming", "Seçili yerin satırı vurgulu olsun, seçim rengi temanın secondaryContainer'ı",
  "selected: place.id == _places.first.id,\nselectedTileColor: Theme.of(context).colorScheme.secondaryContainer,",
  ["selectedTileColor", "colorScheme.secondaryContainer"])
T(M1, "top", "dart_language", "İki koordinat arasındaki mesafeyi Haversine formülüyle km olarak hesaplayan fonksiyon yaz",
  "double haversineKm(double lat1, double lon1, double lat2, double lon2) {\n  const earthRadiusKm = 6371.0;\n  double rad(double deg) => deg * pi / 180;\n  final dLat = rad(lat2 - lat1);\n  final dLon = rad(lon2 - lon1);\n  final a = sin(dLat / 2) * sin(dLat / 2) +\n      cos(rad(lat1)) * cos(rad(lat2)) * sin(dLon / 2) * sin(dLon / 2);\n  return earthRadiusKm * 2 * atan2(sqrt(a), sqrt(1 - a));\n}",
  ["sin", "cos", "atan2", "sqrt"])
T(M1, "top", "platform", "Konum iznini kontrol edip gerekirse isteyen, izin varsa true dönen bir fonksiyon",
  "Future<bool> ensureLocationPermission() async {\n  var permission = await Geolocator.checkPermission();\n  if (permission == LocationPermission.denied) {\n    permission = await Geolocator.requestPermission();\n  }\n  return permission == LocationPermission.always ||\n      permission == LocationPermission.whileInUse;\n}",
  ["Geolocator.checkPermission", "Geolocator.requestPermission", "LocationPermission.whileInUse"])
T(M1, "top", "lists", "Yer listesini verilen kategoriye göre filtreleyen bir extension",
  "extension PlaceFilter on List<Place> {\n  List<Place> inCategory(String category) =>\n      where((place) => place.category == category).toList();\n}",
  ["extension", "on List<Place>", "where"])

# ---------------------------------------------------------------- maps: go_router config
M2 = host("places_router", r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import 'models/place.dart';
import 'screens/map_screen.dart';
import 'screens/place_detail_screen.dart';
import 'screens/place_search_screen.dart';
import 'screens/saved_places_screen.dart';
import 'screens/login_screen.dart';
import 'services/auth_service.dart';

%%top%%

GoRouter createRouter(AuthService auth) {
  return GoRouter(
    initialLocation: '/map',
    %%routerargs%%
    routes: [
      GoRoute(
        path: '/map',
        builder: (context, state) => const MapScreen(),
        routes: [
          GoRoute(
            path: 'place/:id',
            builder: (context, state) {
              %%placebuilder%%
            },
          ),
        ],
      ),
      %%routes%%
    ],
  );
}
""",
    placebuilder="return PlaceDetailScreen(placeId: state.pathParameters['id']!);",
    routes="GoRoute(\n  path: '/saved',\n  builder: (context, state) => const SavedPlacesScreen(),\n),\nGoRoute(\n  path: '/login',\n  builder: (context, state) => const LoginScreen(),\n),",
)

T(M2, "placebuilder", "navigation", "Yol parametresindeki id'yi alıp PlaceDetailScreen'e ver",
  "final id = state.pathParameters['id']!;\nreturn PlaceDetailScreen(placeId: id);",
  ["state.pathParameters", "PlaceDetailScreen"])
T(M2, "placebuilder", "navigation", "?tab=reviews gibi query parametresi varsa onu da ekrana geçir",
  "final id = state.pathParameters['id']!;\nfinal tab = state.uri.queryParameters['tab'] ?? 'info';\nreturn PlaceDetailScreen(placeId: id, initialTab: tab);",
  ["state.pathParameters", "state.uri.queryParameters"])
T(M2, "placebuilder", "navigation", "extra ile Place nesnesi geldiyse onu kullan, yoksa id ile aç",
  "final place = state.extra as Place?;\nif (place != null) return PlaceDetailScreen.fromPlace(place);\nreturn PlaceDetailScreen(placeId: state.pathParameters['id']!);",
  ["state.extra", "state.pathParameters"])
T(M2, "routerargs", "navigation", "Giriş yapmamış kullanıcıyı /login'e yönlendir",
  "redirect: (context, state) {\n  final loggingIn = state.matchedLocation == '/login';\n  if (!auth.isLoggedIn) return loggingIn ? null : '/login';\n  return loggingIn ? '/map' : null;\n},",
  ["redirect", "auth.isLoggedIn", "state.matchedLocation"])
T(M2, "routerargs", "navigation", "oturum durumu değişince router yeniden yönlendirme yapsın, auth'u dinlesin",
  "refreshListenable: auth,", ["refreshListenable: auth"])
T(M2, "routerargs", "navigation", "Bulunamayan sayfa için özel bir hata ekranı göster",
  "errorBuilder: (context, state) => Scaffold(\n  body: Center(child: Text('Sayfa bulunamadı: ${state.uri}')),\n),",
  ["errorBuilder", "Scaffold"])
T(M2, "routerargs", "testing", "Geliştirirken yönlendirme loglarını konsola yazsın",
  "debugLogDiagnostics: true,", ["debugLogDiagnostics: true"])
T(M2, "routes", "navigation", "Kaydedilen yerler için /saved rotası ekle, sayfa geçişi fade olsun",
  "GoRoute(\n  path: '/saved',\n  pageBuilder: (context, state) => CustomTransitionPage(\n    key: state.pageKey,\n    child: const SavedPlacesScreen(),\n    transitionsBuilder: (context, animation, secondaryAnimation, child) =>\n        FadeTransition(opacity: animation, child: child),\n  ),\n),",
  ["GoRoute", "CustomTransitionPage", "FadeTransition"], ["call CustomTransitionPage(child, transitionsBuilder)"])
T(M2, "routes", "navigation", "Alt menüde Harita ve Kayıtlılar sekmeleri için StatefulShellRoute ekle",
  "StatefulShellRoute.indexedStack(\n  builder: (context, state, navigationShell) => Scaffold(\n    body: navigationShell,\n    bottomNavigationBar: NavigationBar(\n      selectedIndex: navigationShell.currentIndex,\n      onDestinationSelected: navigationShell.goBranch,\n      destinations: const [\n        NavigationDestination(icon: Icon(Icons.map), label: 'Harita'),\n        NavigationDestination(icon: Icon(Icons.bookmark), label: 'Kayıtlılar'),\n      ],\n    ),\n  ),\n  branches: [\n    StatefulShellBranch(routes: [\n      GoRoute(path: '/explore', builder: (context, state) => const MapScreen()),\n    ]),\n    StatefulShellBranch(routes: [\n      GoRoute(path: '/bookmarks', builder: (context, state) => const SavedPlacesScreen()),\n    ]),\n  ],\n),",
  ["StatefulShellRoute.indexedStack", "StatefulShellBranch", "NavigationBar"])
T(M2, "routes", "navigation", "login ekranı için rota, adı 'login' olsun",
  "GoRoute(\n  name: 'login',\n  path: '/login',\n  builder: (context, state) => const LoginScreen(),\n),",
  ["GoRoute", "name", "LoginScreen"], ["call GoRoute(name, path, builder)"])
T(M2, "top", "navigation", "Rota yollarını tek yerde tutan sabitler sınıfı tanımla",
  "abstract final class AppRoutes {\n  static const map = '/map';\n  static const saved = '/saved';\n  static const login = '/login';\n  static String place(String id) => '/map/place/$id';\n}",
  ["class", "static const"])
T(M2, "top", "navigation", "BuildContext'e yer detayına gitmeyi kolaylaştıran bir extension ekle",
  "extension PlaceNavigation on BuildContext {\n  void openPlace(String id) => go('/map/place/$id');\n}",
  ["extension", "on BuildContext", "go | push"])
T(M2, "top", "animations", "Sayfaların sağdan kayarak gelmesi için GoRouterState ve child alan bir CustomTransitionPage fonksiyonu yaz",
  "CustomTransitionPage<void> slidePage(GoRouterState state, Widget child) {\n  return CustomTransitionPage<void>(\n    key: state.pageKey,\n    child: child,\n    transitionsBuilder: (context, animation, secondaryAnimation, child) => SlideTransition(\n      position: Tween(begin: const Offset(1, 0), end: Offset.zero).animate(animation),\n      child: child,\n    ),\n  );\n}",
  ["CustomTransitionPage", "SlideTransition", "Offset"])

# ---------------------------------------------------------------- maps: native location channel service
M3 = host("location_channel", r"""
import 'dart:async';

import 'package:flutter/foundation.dart';
import 'package:flutter/services.dart';

%%top%%

class NativeLocationService {
  NativeLocationService() {
    %%ctor%%
  }

  static const MethodChannel _channel = MethodChannel('tr.gezgin/location');
  static const EventChannel _updates = EventChannel('tr.gezgin/location_updates');

  StreamSubscription<dynamic>? _subscription;

  Future<void> _handleNativeCall(MethodCall call) async {
    %%handler%%
  }

  %%members%%

  Future<Map<String, double>?> lastKnownLocation() async {
    %%lastknown%%
  }

  void startListening(void Function(double lat, double lng) onLocation) {
    _subscription = _updates.receiveBroadcastStream().listen((event) {
      %%onevent%%
    });
  }

  Future<void> dispose() async {
    %%dispose%%
  }
}
""",
    ctor="_channel.setMethodCallHandler(_handleNativeCall);",
    lastknown="final result = await _channel.invokeMapMethod<String, double>('lastKnownLocation');\nreturn result;",
    onevent="final map = Map<String, double>.from(event as Map);\nonLocation(map['lat']!, map['lng']!);",
    dispose="await _subscription?.cancel();",
    handler="debugPrint('native: ${call.method}');",
)

T(M3, "lastknown", "platform", "Native taraftan lastKnownLocation'ı çağır, PlatformException olursa null dön",
  "try {\n  return await _channel.invokeMapMethod<String, double>('lastKnownLocation');\n} on PlatformException catch (e) {\n  debugPrint('Konum alınamadı: ${e.message}');\n  return null;\n}",
  ["_channel.invokeMapMethod | _channel.invokeMethod", "on PlatformException"])
T(M3, "lastknown", "platform", "Web'de kanal yok, kIsWeb ise null dön; değilse native metodu çağır",
  "if (kIsWeb) return null;\nreturn _channel.invokeMapMethod<String, double>('lastKnownLocation');",
  ["kIsWeb", "_channel.invokeMapMethod | _channel.invokeMethod"])
T(M3, "lastknown", "platform", "sadece Android ve iOS'ta çalışsın, diğer platformlarda null",
  "if (defaultTargetPlatform != TargetPlatform.android && defaultTargetPlatform != TargetPlatform.iOS) {\n  return null;\n}\nreturn _channel.invokeMapMethod<String, double>('lastKnownLocation');",
  ["defaultTargetPlatform", "TargetPlatform.android", "TargetPlatform.iOS"])
T(M3, "onevent", "platform", "Gelen event bir Map, lat ve lng'yi alıp onLocation'a ilet",
  "final data = Map<String, dynamic>.from(event as Map);\nonLocation((data['lat'] as num).toDouble(), (data['lng'] as num).toDouble());",
  ["onLocation", "as Map"])
T(M3, "onevent", "dart_language", "Event'i pattern matching ile çöz, beklenen şekilde değilse yok say",
  "if (event case {'lat': final double lat, 'lng': final double lng}) {\n  onLocation(lat, lng);\n}",
  ["case", "onLocation"])
T(M3, "dispose", "async", "Stream aboneliğini iptal et ve native dinlemeyi durdurmasını söyle",
  "await _subscription?.cancel();\n_subscription = null;\nawait _channel.invokeMethod<void>('stopUpdates');",
  ["_subscription?.cancel", "_channel.invokeMethod"])
T(M3, "ctor", "platform", "Native'den gelen çağrıları işleyecek handler'ı kaydet",
  "_channel.setMethodCallHandler(_handleNativeCall);", ["_channel.setMethodCallHandler", "_handleNativeCall"])
T(M3, "handler", "platform", "Native'den gelen 'permissionChanged' çağrısını işle, bilinmeyen metotta MissingPluginException fırlat",
  "switch (call.method) {\n    case 'permissionChanged':\n      final granted = call.arguments as bool;\n      debugPrint('Konum izni: $granted');\n    default:\n      throw MissingPluginException('Bilinmeyen metot: ${call.method}');\n}",
  ["call.method", "call.arguments", "MissingPluginException"])
T(M3, "members", "platform", "Native'e doğruluk seviyesi ('high' / 'low') gönderen bir metot ekle",
  "Future<void> setAccuracy(String level) {\n  return _channel.invokeMethod<void>('setAccuracy', {'level': level});\n}",
  ["_channel.invokeMethod", "setAccuracy"])
T(M3, "members", "testing", "testlerde kanalı taklit edebilmek için channel'ı dışarı açan @visibleForTesting getter ekle",
  "@visibleForTesting\nMethodChannel get channel => _channel;",
  ["@visibleForTesting", "MethodChannel", "_channel"])
T(M3, "top", "platform", "Native tarafa gönderilecek konum isteği ayarları için toMap'li bir sınıf yaz",
  "class LocationRequest {\n  const LocationRequest({this.intervalMs = 5000, this.highAccuracy = true});\n\n  final int intervalMs;\n  final bool highAccuracy;\n\n  Map<String, Object> toMap() => {'intervalMs': intervalMs, 'highAccuracy': highAccuracy};\n}",
  ["class", "toMap"])
T(M3, "top", "dart_language", "PlatformException kodunu kullanıcıya gösterilecek Türkçe mesaja çeviren bir fonksiyon yaz, switch expression kullan",
  "String locationErrorMessage(PlatformException error) => switch (error.code) {\n  'PERMISSION_DENIED' => 'Konum izni reddedildi',\n  'SERVICE_DISABLED' => 'Konum servisi kapalı',\n  _ => 'Konum alınamadı: ${error.message}',\n};",
  ["PlatformException", "switch", "error.code | e.code"])

# ---------------------------------------------------------------- maps: place search page
M4 = host("place_search", r"""
import 'dart:async';

import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../models/place.dart';
import '../services/places_api.dart';

class PlaceSearchPage extends StatefulWidget {
  const PlaceSearchPage({super.key, required this.api});

  final PlacesApi api;

  @override
  State<PlaceSearchPage> createState() => _PlaceSearchPageState();
}

class _PlaceSearchPageState extends State<PlaceSearchPage> {
  final _controller = TextEditingController();
  Timer? _debounce;
  List<Place> _results = [];
  final List<String> _recent = [];
  bool _searching = false;
  %%members%%

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: TextField(
          controller: _controller,
          autofocus: true,
          decoration: InputDecoration(
            hintText: 'Yer ara',
            border: InputBorder.none,
            %%decorationargs%%
          ),
          onChanged: (text) {
            %%onchanged%%
          },
          onSubmitted: (text) async {
            %%onsubmitted%%
          },
        ),
      ),
      body: ListView(
        children: [
          %%listchildren%%
          for (final place in _results)
            ListTile(
              leading: const Icon(Icons.place_outlined),
              title: Text(place.name),
              subtitle: Text(place.address),
              onTap: () {
                %%resulttap%%
              },
            ),
        ],
      ),
    );
  }
}
""",
    onchanged="_debounce?.cancel();\n_debounce = Timer(const Duration(milliseconds: 350), () async {\n  final results = await widget.api.search(text);\n  if (mounted) setState(() => _results = results);\n});",
    onsubmitted="final results = await widget.api.search(text);\nsetState(() => _results = results);",
    resulttap="Navigator.of(context).pop(place);",
    members="@override\nvoid dispose() {\n  _debounce?.cancel();\n  _controller.dispose();\n  super.dispose();\n}",
)

T(M4, "onchanged", "performance", "Her harfte değil, yazmayı 350 ms bırakınca ara (debounce)",
  "_debounce?.cancel();\n_debounce = Timer(const Duration(milliseconds: 350), () async {\n  final results = await widget.api.search(text);\n  if (mounted) setState(() => _results = results);\n});",
  ["_debounce?.cancel", "Timer", "widget.api.search"])
T(M4, "onchanged", "forms", "3 harften kısaysa sonuçları temizle, arama yapma",
  "if (text.trim().length < 3) {\n  setState(() => _results = []);\n  return;\n}\n_debounce?.cancel();\n_debounce = Timer(const Duration(milliseconds: 300), () async {\n  final results = await widget.api.search(text.trim());\n  if (mounted) setState(() => _results = results);\n});",
  ["length < 3", "setState", "widget.api.search"])
T(M4, "onchanged", "state", "yazarken temizle butonunun görünmesi için ekranı yenile",
  "setState(() {});", ["setState"])
T(M4, "onsubmitted", "async", "Ararken _searching'i true yap, bitince false; sonuçları göster",
  "setState(() => _searching = true);\ntry {\n  final results = await widget.api.search(text);\n  if (!mounted) return;\n  setState(() => _results = results);\n} finally {\n  if (mounted) setState(() => _searching = false);\n}",
  ["_searching", "finally", "widget.api.search"])
T(M4, "onsubmitted", "lists", "Aranan kelimeyi son aramalar listesinin başına ekle, en fazla 5 tane tut",
  "setState(() {\n  _recent\n    ..remove(text)\n    ..insert(0, text);\n  if (_recent.length > 5) _recent.removeLast();\n});\nfinal results = await widget.api.search(text);\nif (mounted) setState(() => _results = results);",
  ["_recent", "insert", "removeLast"])
T(M4, "decorationargs", "forms", "Metin varken sağda temizleme (x) butonu göster",
  "suffixIcon: _controller.text.isEmpty\n    ? null\n    : IconButton(\n        icon: const Icon(Icons.clear),\n        onPressed: () {\n          _controller.clear();\n          setState(() => _results = []);\n        },\n      ),",
  ["suffixIcon", "_controller.clear", "IconButton"])
T(M4, "decorationargs", "forms", "Solda arama ikonu olsun",
  "prefixIcon: const Icon(Icons.search),", ["prefixIcon", "Icons.search"])
T(M4, "decorationargs", "async", "arama sürerken sağda küçük bir yükleniyor göstergesi olsun",
  "suffix: _searching\n    ? const SizedBox(\n        width: 16,\n        height: 16,\n        child: CircularProgressIndicator(strokeWidth: 2),\n      )\n    : null,",
  ["_searching", "CircularProgressIndicator"])
T(M4, "listchildren", "lists", "Sonuç yokken son aramaları listele, tıklayınca tekrar arasın",
  "if (_results.isEmpty)\n  for (final query in _recent)\n    ListTile(\n      leading: const Icon(Icons.history),\n      title: Text(query),\n      onTap: () async {\n        _controller.text = query;\n        final results = await widget.api.search(query);\n        if (mounted) setState(() => _results = results);\n      },\n    ),",
  ["_recent", "Icons.history", "widget.api.search"])
T(M4, "listchildren", "async", "Arama sürüyorsa en üstte ince bir LinearProgressIndicator göster",
  "if (_searching) const LinearProgressIndicator(),", ["if (_searching)", "LinearProgressIndicator"])
T(M4, "listchildren", "widgets_layout", "hiç sonuç bulunamadıysa ortada 'Sonuç yok' yazısı göster",
  "if (_results.isEmpty && _controller.text.isNotEmpty && !_searching)\n  const Padding(\n    padding: EdgeInsets.all(32),\n    child: Center(child: Text('Sonuç yok')),\n  ),",
  ["_results.isEmpty", "Center", "Text"])
T(M4, "resulttap", "navigation", "Seçilen yeri önceki sayfaya sonuç olarak döndür",
  "Navigator.of(context).pop(place);", ["Navigator | context.pop", "pop", "place"])
T(M4, "resulttap", "forms", "Seçince klavyeyi kapat ve yazı alanına yerin adını yaz",
  "FocusScope.of(context).unfocus();\n_controller.text = place.name;",
  ["unfocus", "_controller.text"])
T(M4, "resulttap", "lists", "tıklanan yeri son aramalara da ekle, sonra geri dön",
  "setState(() => _recent.insert(0, place.name));\nNavigator.pop(context, place);",
  ["_recent.insert", "Navigator.pop | context.pop"])
T(M4, "members", "state", "Sayfa kapanırken arama zamanlayıcısını iptal edip text controller'ı dispose eden dispose metodunu yaz",
  "@override\nvoid dispose() {\n  _debounce?.cancel();\n  _controller.dispose();\n  super.dispose();\n}",
  ["_debounce?.cancel", "_controller.dispose", "super.dispose"])
T(M4, "members", "forms", "initState'te controller'a listener ekle, metin her değiştiğinde ekran yenilensin",
  "@override\nvoid initState() {\n  super.initState();\n  _controller.addListener(() => setState(() {}));\n}",
  ["initState", "_controller.addListener"])

# ---------------------------------------------------------------- maps: saved places (sqflite)
M5 = host("saved_places_db", r"""
import 'package:path/path.dart';
import 'package:sqflite/sqflite.dart';

import '../models/place.dart';

%%top%%

class SavedPlacesDb {
  SavedPlacesDb._(this._db);

  final Database _db;

  static Future<SavedPlacesDb> open() async {
    %%open%%
  }

  Future<void> save(Place place) async {
    %%save%%
  }

  Future<List<Place>> all() async {
    %%all%%
  }

  %%members%%
}
""",
    open="final path = join(await getDatabasesPath(), 'places.db');\nfinal db = await openDatabase(\n  path,\n  version: 1,\n  onCreate: (db, version) => db.execute(\n    'CREATE TABLE places(id TEXT PRIMARY KEY, name TEXT, lat REAL, lng REAL, note TEXT)',\n  ),\n);\nreturn SavedPlacesDb._(db);",
    save="await _db.insert('places', place.toMap(), conflictAlgorithm: ConflictAlgorithm.replace);",
    all="final rows = await _db.query('places');\nreturn rows.map(Place.fromMap).toList();",
)

T(M5, "open", "storage", "places.db veritabanını aç, yoksa places tablosunu oluştur",
  "final path = join(await getDatabasesPath(), 'places.db');\nfinal db = await openDatabase(\n  path,\n  version: 1,\n  onCreate: (db, version) => db.execute(\n    'CREATE TABLE places(id TEXT PRIMARY KEY, name TEXT, lat REAL, lng REAL, note TEXT)',\n  ),\n);\nreturn SavedPlacesDb._(db);",
  ["openDatabase", "getDatabasesPath", "onCreate", "SavedPlacesDb._"])
T(M5, "open", "storage", "Sürüm 2'ye geç: eski kurulumlarda places tablosuna created_at sütunu eklensin",
  "final db = await openDatabase(\n  join(await getDatabasesPath(), 'places.db'),\n  version: 2,\n  onCreate: (db, version) => db.execute(\n    'CREATE TABLE places(id TEXT PRIMARY KEY, name TEXT, lat REAL, lng REAL, note TEXT, created_at INTEGER)',\n  ),\n  onUpgrade: (db, oldVersion, newVersion) async {\n    if (oldVersion < 2) {\n      await db.execute('ALTER TABLE places ADD COLUMN created_at INTEGER');\n    }\n  },\n);\nreturn SavedPlacesDb._(db);",
  ["openDatabase", "onUpgrade", "oldVersion"])
T(M5, "save", "storage", "Yeri ekle, aynı id varsa üzerine yaz",
  "await _db.insert(\n  'places',\n  place.toMap(),\n  conflictAlgorithm: ConflictAlgorithm.replace,\n);",
  ["_db.insert", "ConflictAlgorithm.replace"])
T(M5, "save", "storage", "Kaydederken created_at olarak şu anki zamanı ekle",
  "await _db.insert(\n  'places',\n  {...place.toMap(), 'created_at': DateTime.now().millisecondsSinceEpoch},\n  conflictAlgorithm: ConflictAlgorithm.replace,\n);",
  ["_db.insert", "DateTime.now", "millisecondsSinceEpoch"])
T(M5, "all", "storage", "Kayıtlı yerleri ada göre sıralı getir",
  "final rows = await _db.query('places', orderBy: 'name COLLATE NOCASE');\nreturn rows.map(Place.fromMap).toList();",
  ["_db.query", "orderBy", "Place.fromMap"])
T(M5, "all", "performance", "en yeni 50 kaydı getir, hepsini çekme",
  "final rows = await _db.query('places', orderBy: 'created_at DESC', limit: 50);\nreturn rows.map(Place.fromMap).toList();",
  ["_db.query", "limit", "Place.fromMap"])
T(M5, "members", "storage", "id ile yer silen delete metodu",
  "Future<int> delete(String id) {\n  return _db.delete('places', where: 'id = ?', whereArgs: [id]);\n}",
  ["_db.delete", "whereArgs"])
T(M5, "members", "storage", "İsme göre arama yapan search metodu (LIKE)",
  "Future<List<Place>> search(String text) async {\n  final rows = await _db.query('places', where: 'name LIKE ?', whereArgs: ['%$text%']);\n  return rows.map(Place.fromMap).toList();\n}",
  ["_db.query", "whereArgs", "Place.fromMap"])
T(M5, "members", "performance", "Birden çok yeri tek transaction'da batch ile kaydet",
  "Future<void> saveAll(List<Place> places) async {\n  final batch = _db.batch();\n  for (final place in places) {\n    batch.insert('places', place.toMap(), conflictAlgorithm: ConflictAlgorithm.replace);\n  }\n  await batch.commit(noResult: true);\n}",
  ["_db.batch", "batch.commit"])
T(M5, "members", "storage", "Yerin notunu güncelleyen bir metot",
  "Future<void> updateNote(String id, String note) async {\n  await _db.update('places', {'note': note}, where: 'id = ?', whereArgs: [id]);\n}",
  ["_db.update", "whereArgs"])
T(M5, "members", "storage", "veritabanını kapatan close metodu",
  "Future<void> close() => _db.close();", ["_db.close"])
T(M5, "top", "storage", "Tablo ve sütun adlarını sabit olarak tutan bir sınıf tanımla",
  "abstract final class PlacesTable {\n  static const name = 'places';\n  static const id = 'id';\n  static const title = 'name';\n  static const lat = 'lat';\n  static const lng = 'lng';\n  static const note = 'note';\n}",
  ["static const"])
T(M5, "top", "testing", "Testlerde veritabanını bellekte açan bir yardımcı fonksiyon",
  "Future<Database> openInMemoryPlacesDb() {\n  return openDatabase(\n    inMemoryDatabasePath,\n    version: 1,\n    onCreate: (db, version) => db.execute(\n      'CREATE TABLE places(id TEXT PRIMARY KEY, name TEXT, lat REAL, lng REAL, note TEXT)',\n    ),\n  );\n}",
  ["inMemoryDatabasePath", "openDatabase"])

# ---------------------------------------------------------------- maps: place detail bottom sheet
M6 = host("place_sheet", r"""
import 'package:flutter/material.dart';
import 'package:flutter_svg/flutter_svg.dart';
import 'package:transparent_image/transparent_image.dart';
import 'package:url_launcher/url_launcher.dart';

import '../models/place.dart';

class PlaceSheet extends StatelessWidget {
  const PlaceSheet({super.key, required this.place, required this.onSave});

  final Place place;
  final ValueChanged<Place> onSave;

  @override
  Widget build(BuildContext context) {
    return DraggableScrollableSheet(
      %%sheetargs%%
      builder: (context, scrollController) {
        return Material(
          borderRadius: const BorderRadius.vertical(top: Radius.circular(20)),
          child: ListView(
            controller: scrollController,
            padding: const EdgeInsets.all(16),
            children: [
              %%header%%
              Text(place.name, style: Theme.of(context).textTheme.headlineSmall),
              Text(place.address),
              const SizedBox(height: 16),
              Row(
                children: [
                  %%buttons%%
                ],
              ),
              SizedBox(
                height: 120,
                child: ListView.builder(
                  scrollDirection: Axis.horizontal,
                  itemCount: place.photos.length,
                  itemBuilder: (context, index) {
                    %%photo%%
                  },
                ),
              ),
            ],
          ),
        );
      },
    );
  }
}
""",
    sheetargs="initialChildSize: 0.4,\nminChildSize: 0.2,\nmaxChildSize: 0.9,",
    header="Center(\n  child: Container(\n    width: 40,\n    height: 4,\n    margin: const EdgeInsets.only(bottom: 12),\n    decoration: BoxDecoration(color: Colors.grey, borderRadius: BorderRadius.circular(2)),\n  ),\n),",
    buttons="FilledButton.icon(\n  onPressed: () => onSave(place),\n  icon: const Icon(Icons.bookmark_add),\n  label: const Text('Kaydet'),\n),",
    photo="return Padding(\n  padding: const EdgeInsets.only(right: 8),\n  child: Image.network(place.photos[index], width: 160, fit: BoxFit.cover),\n);",
)

T(M6, "sheetargs", "widgets_layout", "Sheet %40 açılsın, en az %20 en fazla %90 olsun",
  "initialChildSize: 0.4,\nminChildSize: 0.2,\nmaxChildSize: 0.9,",
  ["initialChildSize", "minChildSize", "maxChildSize"])
T(M6, "sheetargs", "animations", "Bırakınca %40 ya da %90'a otomatik otursun",
  "initialChildSize: 0.4,\nmaxChildSize: 0.9,\nsnap: true,\nsnapSizes: const [0.4, 0.9],",
  ["snap: true", "snapSizes"])
T(M6, "sheetargs", "widgets_layout", "sheet sadece içeriği kadar yer kaplasın, tüm ekranı doldurmasın",
  "expand: false,\ninitialChildSize: 0.4,", ["expand: false"])
T(M6, "header", "widgets_layout", "En üstte gri, yuvarlak köşeli küçük bir tutma çubuğu göster",
  "Center(\n  child: Container(\n    width: 40,\n    height: 4,\n    margin: const EdgeInsets.only(bottom: 12),\n    decoration: BoxDecoration(\n      color: Colors.grey.shade400,\n      borderRadius: BorderRadius.circular(2),\n    ),\n  ),\n),",
  ["Container", "BoxDecoration", "borderRadius"])
T(M6, "header", "images_assets", "Yerin kategorisine göre assets/icons altındaki svg ikonunu göster",
  "SvgPicture.asset(\n  'assets/icons/${place.category}.svg',\n  width: 32,\n  height: 32,\n),",
  ["SvgPicture.asset", "place.category"])
T(M6, "header", "widgets_layout", "Puanı yıldızlarla göster (5 üzerinden)",
  "Row(\n  children: [\n    for (var i = 1; i <= 5; i++)\n      Icon(\n        i <= place.rating.round() ? Icons.star : Icons.star_border,\n        color: Colors.amber,\n        size: 18,\n      ),\n  ],\n),",
  ["Icons.star", "place.rating", "for"])
T(M6, "buttons", "platform", "Ara butonu ekle, yerin telefonunu arasın",
  "OutlinedButton.icon(\n  onPressed: () => launchUrl(Uri(scheme: 'tel', path: place.phone)),\n  icon: const Icon(Icons.call),\n  label: const Text('Ara'),\n),",
  ["launchUrl", "Uri", "place.phone"])
T(M6, "buttons", "widgets_layout", "Kaydet ve Yol tarifi butonları eşit genişlikte yan yana olsun",
  "Expanded(\n  child: FilledButton(onPressed: () => onSave(place), child: const Text('Kaydet')),\n),\nconst SizedBox(width: 8),\nExpanded(\n  child: OutlinedButton(\n    onPressed: () => launchUrl(Uri.parse('geo:${place.lat},${place.lng}')),\n    child: const Text('Yol tarifi'),\n  ),\n),",
  ["Expanded", "onSave", "launchUrl"])
T(M6, "buttons", "platform", "web sitesi butonu, site yoksa devre dışı",
  "TextButton.icon(\n  onPressed: place.website == null ? null : () => launchUrl(Uri.parse(place.website!)),\n  icon: const Icon(Icons.language),\n  label: const Text('Web sitesi'),\n),",
  ["place.website", "launchUrl", "null"])
T(M6, "photo", "images_assets", "Fotoğrafı yuvarlak köşeli göster, yüklenirken gri kutu olsun",
  "return Padding(\n  padding: const EdgeInsets.only(right: 8),\n  child: ClipRRect(\n    borderRadius: BorderRadius.circular(12),\n    child: Image.network(\n      place.photos[index],\n      width: 160,\n      fit: BoxFit.cover,\n      loadingBuilder: (context, child, progress) =>\n          progress == null ? child : Container(width: 160, color: Colors.grey.shade300),\n    ),\n  ),\n);",
  ["ClipRRect", "loadingBuilder", "place.photos[index]"])
T(M6, "photo", "images_assets", "fotoğraf açılırken yumuşakça belirsin (FadeInImage, şeffaf placeholder)",
  "return Padding(\n  padding: const EdgeInsets.only(right: 8),\n  child: FadeInImage.memoryNetwork(\n    placeholder: kTransparentImage,\n    image: place.photos[index],\n    width: 160,\n    fit: BoxFit.cover,\n  ),\n);",
  ["FadeInImage", "place.photos[index]"])
T(M6, "photo", "navigation", "Fotoğrafa dokununca tam ekran görüntüleyen sayfa aç, InteractiveViewer ile yakınlaştırılabilsin",
  "final url = place.photos[index];\nreturn GestureDetector(\n  onTap: () => Navigator.of(context).push(\n    MaterialPageRoute(\n      builder: (_) => Scaffold(\n        appBar: AppBar(),\n        body: InteractiveViewer(child: Center(child: Image.network(url))),\n      ),\n    ),\n  ),\n  child: Padding(\n    padding: const EdgeInsets.only(right: 8),\n    child: Image.network(url, width: 160, fit: BoxFit.cover),\n  ),\n);",
  ["InteractiveViewer", "Navigator | context.push", "GestureDetector | InkWell"])

# ---------------------------------------------------------------- maps: place model
M7 = host("place_model", r"""
import 'dart:isolate';
import 'dart:math' as math;

%%top%%

class Place {
  const Place({
    required this.id,
    required this.name,
    required this.lat,
    required this.lng,
    this.address = '',
    this.category = 'other',
    this.rating = 0,
    this.photos = const [],
  });

  final String id;
  final String name;
  final double lat;
  final double lng;
  final String address;
  final String category;
  final double rating;
  final List<String> photos;

  %%members%%
}

%%bottom%%
""")

T(M7, "members", "storage", "sqflite için toMap ve fromMap yaz (photos virgülle birleştirilmiş metin olarak saklansın)",
  "Map<String, Object?> toMap() => {\n      'id': id,\n      'name': name,\n      'lat': lat,\n      'lng': lng,\n      'address': address,\n      'category': category,\n      'rating': rating,\n      'photos': photos.join(','),\n    };\n\nfactory Place.fromMap(Map<String, Object?> map) => Place(\n      id: map['id']! as String,\n      name: map['name']! as String,\n      lat: map['lat']! as double,\n      lng: map['lng']! as double,\n      address: map['address'] as String? ?? '',\n      category: map['category'] as String? ?? 'other',\n      rating: (map['rating'] as num?)?.toDouble() ?? 0,\n      photos: (map['photos'] as String? ?? '').split(',').where((p) => p.isNotEmpty).toList(),\n    );",
  ["toMap", "Place.fromMap", "join", "split"])
T(M7, "members", "http_json", "API'den gelen {geometry: {location: {lat, lng}}} yapısını okuyan fromJson",
  "factory Place.fromJson(Map<String, dynamic> json) {\n  final location = (json['geometry'] as Map<String, dynamic>)['location'] as Map<String, dynamic>;\n  return Place(\n    id: json['place_id'] as String,\n    name: json['name'] as String,\n    lat: (location['lat'] as num).toDouble(),\n    lng: (location['lng'] as num).toDouble(),\n    address: json['vicinity'] as String? ?? '',\n    rating: (json['rating'] as num?)?.toDouble() ?? 0,\n  );\n}",
  ["factory Place.fromJson", "toDouble", "return Place"])
T(M7, "members", "dart_language", "Başka bir yere olan uzaklığı metre cinsinden hesaplayan distanceTo metodu",
  "double distanceTo(Place other) {\n  const r = 6371000.0;\n  final dLat = (other.lat - lat) * math.pi / 180;\n  final dLng = (other.lng - lng) * math.pi / 180;\n  final a = math.pow(math.sin(dLat / 2), 2) +\n      math.cos(lat * math.pi / 180) * math.cos(other.lat * math.pi / 180) * math.pow(math.sin(dLng / 2), 2);\n  return 2 * r * math.asin(math.sqrt(a));\n}",
  ["math.sin", "math.cos", "math.sqrt"])
T(M7, "members", "dart_language", "Koordinatları kayıt (record) olarak döndüren getter",
  "(double, double) get latLng => (lat, lng);", ["(double, double)", "lat", "lng"])
T(M7, "members", "dart_language", "Puanı 4 ve üzeri olanları işaretleyen isPopular getter'ı",
  "bool get isPopular => rating >= 4;", ["isPopular", "rating"])
T(M7, "top", "dart_language", "Harita sınırlarını (güneybatı, kuzeydoğu) tutan ve bir noktanın içinde olup olmadığını söyleyen sınıf",
  "class LatLngBounds {\n  const LatLngBounds(this.south, this.west, this.north, this.east);\n\n  final double south;\n  final double west;\n  final double north;\n  final double east;\n\n  bool contains(double lat, double lng) =>\n      lat >= south && lat <= north && lng >= west && lng <= east;\n}",
  ["class", "contains"])
T(M7, "top", "dart_language", "Yer kategorileri için ikon kod noktası da taşıyan gelişmiş bir enum",
  "enum PlaceCategory {\n  cafe('Kafe'),\n  museum('Müze'),\n  park('Park'),\n  restaurant('Restoran');\n\n  const PlaceCategory(this.label);\n\n  final String label;\n\n  static PlaceCategory fromName(String name) =>\n      values.firstWhere((c) => c.name == name, orElse: () => PlaceCategory.park);\n}",
  ["enum", "values.firstWhere"])
T(M7, "bottom", "lists", "Yerleri verilen konuma en yakından uzağa sıralayan fonksiyon",
  "List<Place> sortByDistance(List<Place> places, Place from) {\n  return [...places]..sort((a, b) => from.distanceTo(a).compareTo(from.distanceTo(b)));\n}",
  ["sort", "distanceTo", "compareTo"])
T(M7, "bottom", "lists", "Place listesi için kategoriye göre gruplayan extension",
  "extension PlaceGrouping on Iterable<Place> {\n  Map<String, List<Place>> groupByCategory() {\n    final result = <String, List<Place>>{};\n    for (final place in this) {\n      result.putIfAbsent(place.category, () => []).add(place);\n    }\n    return result;\n  }\n}",
  ["extension", "putIfAbsent | groupBy"])
T(M7, "bottom", "performance", "Çok sayıda yeri gruplamayı arka plan isolate'inde yapan bir fonksiyon (Isolate.run)",
  "Future<List<Place>> topRatedInBackground(List<Place> places) {\n  return Isolate.run(() {\n    final sorted = [...places]..sort((a, b) => b.rating.compareTo(a.rating));\n    return sorted.take(20).toList();\n  });\n}",
  ["Isolate.run"])
T(M7, "bottom", "testing", "Testler için İstanbul'da birkaç örnek yer sabiti tanımla",
  "const samplePlaces = [\n  Place(id: '1', name: 'Galata Kulesi', lat: 41.0256, lng: 28.9741, category: 'museum'),\n  Place(id: '2', name: 'Emirgan Korusu', lat: 41.1086, lng: 29.0536, category: 'park'),\n];",
  ["const", "Place("])

# ---------------------------------------------------------------- news: app entry with localization
N1 = host("news_app", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:flutter_localizations/flutter_localizations.dart';
import 'package:flutter_gen/gen_l10n/app_localizations.dart';
import 'package:intl/date_symbol_data_local.dart';
import 'package:intl/intl.dart';
import 'package:shared_preferences/shared_preferences.dart';

import 'screens/feed_screen.dart';

%%top%%

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  %%main%%
  runApp(NewsApp(prefs: prefs));
}

class NewsApp extends StatelessWidget {
  const NewsApp({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  Widget build(BuildContext context) {
    final savedLocale = prefs.getString('locale');
    return MaterialApp(
      debugShowCheckedModeBanner: false,
      %%appargs%%
      localizationsDelegates: const [
        %%delegates%%
      ],
      supportedLocales: const [
        %%locales%%
      ],
      home: const FeedScreen(),
    );
  }
}
""",
    main="final prefs = await SharedPreferences.getInstance();",
    appargs="onGenerateTitle: (context) => AppLocalizations.of(context)!.appTitle,\nlocale: savedLocale == null ? null : Locale(savedLocale),",
    delegates="AppLocalizations.delegate,\nGlobalMaterialLocalizations.delegate,\nGlobalWidgetsLocalizations.delegate,\nGlobalCupertinoLocalizations.delegate,",
    locales="Locale('tr'),\nLocale('en'),",
)

T(N1, "main", "storage", "SharedPreferences örneğini al",
  "final prefs = await SharedPreferences.getInstance();", ["SharedPreferences.getInstance", "prefs"])
T(N1, "main", "localization", "Tarih formatları için Türkçe yerel veriyi yükle, prefs'i de hazırla",
  "await initializeDateFormatting('tr_TR');\nIntl.defaultLocale = 'tr_TR';\nfinal prefs = await SharedPreferences.getInstance();",
  ["initializeDateFormatting", "Intl.defaultLocale", "SharedPreferences.getInstance"])
T(N1, "main", "platform", "Uygulama sadece dikey modda çalışsın, sonra prefs'i yükle",
  "await SystemChrome.setPreferredOrientations([DeviceOrientation.portraitUp]);\nfinal prefs = await SharedPreferences.getInstance();",
  ["SystemChrome.setPreferredOrientations", "DeviceOrientation.portraitUp"])
T(N1, "main", "testing", "Yakalanmayan Flutter hatalarını konsola ayrıntılı bas, prefs'i al",
  "FlutterError.onError = (details) {\n  FlutterError.presentError(details);\n  debugPrint(details.exceptionAsString());\n};\nfinal prefs = await SharedPreferences.getInstance();",
  ["FlutterError.onError", "FlutterError.presentError"])
T(N1, "appargs", "localization", "Uygulama başlığı çeviriden gelsin",
  "onGenerateTitle: (context) => AppLocalizations.of(context)!.appTitle,",
  ["onGenerateTitle", "AppLocalizations.of(context)"])
T(N1, "appargs", "localization", "Kaydedilmiş dil varsa onu kullan, yoksa cihaz dilini desteklenenlere göre çöz",
  "locale: savedLocale == null ? null : Locale(savedLocale),\nlocaleResolutionCallback: (deviceLocale, supported) {\n  for (final locale in supported) {\n    if (locale.languageCode == deviceLocale?.languageCode) return locale;\n  }\n  return const Locale('tr');\n},",
  ["locale", "localeResolutionCallback", "languageCode"])
T(N1, "appargs", "theming", "Açık/koyu tema sistemden gelsin, tohum rengi lacivert olsun",
  "theme: ThemeData(colorScheme: ColorScheme.fromSeed(seedColor: Colors.indigo)),\ndarkTheme: ThemeData(\n  colorScheme: ColorScheme.fromSeed(seedColor: Colors.indigo, brightness: Brightness.dark),\n),\nthemeMode: ThemeMode.system,",
  ["theme", "darkTheme", "ColorScheme.fromSeed", "ThemeMode.system"])
T(N1, "appargs", "widgets_layout", "Kullanıcı sistem yazı boyutunu çok büyütse bile 1.3 katını geçmesin",
  "builder: (context, child) {\n  final mediaQuery = MediaQuery.of(context);\n  return MediaQuery(\n    data: mediaQuery.copyWith(\n      textScaler: mediaQuery.textScaler.clamp(maxScaleFactor: 1.3),\n    ),\n    child: child!,\n  );\n},",
  ["builder", "textScaler", "clamp"])
T(N1, "delegates", "localization", "Üretilen çeviri delegate'i ile Material, Widgets ve Cupertino delegate'lerini ekle",
  "AppLocalizations.delegate,\nGlobalMaterialLocalizations.delegate,\nGlobalWidgetsLocalizations.delegate,\nGlobalCupertinoLocalizations.delegate,",
  ["AppLocalizations.delegate", "GlobalMaterialLocalizations.delegate", "GlobalWidgetsLocalizations.delegate"])
T(N1, "delegates", "localization", "material widget'ları (tarih seçici vs.) türkçe görünsün diye gereken delegate'leri koy",
  "GlobalMaterialLocalizations.delegate,\nGlobalWidgetsLocalizations.delegate,\nGlobalCupertinoLocalizations.delegate,",
  ["GlobalMaterialLocalizations.delegate", "GlobalWidgetsLocalizations.delegate"])
T(N1, "locales", "localization", "Türkçe, İngilizce ve Almanca desteklensin",
  "Locale('tr'),\nLocale('en'),\nLocale('de'),", ["Locale"])
T(N1, "locales", "localization", "Türkiye Türkçesi ve ABD İngilizcesi ülke koduyla birlikte",
  "Locale('tr', 'TR'),\nLocale('en', 'US'),", ["Locale"])
T(N1, "top", "localization", "Tarihleri '12 Mart 2024, 14:30' gibi Türkçe gösteren bir fonksiyon",
  "String formatPublished(DateTime date) => DateFormat('d MMMM y, HH:mm', 'tr_TR').format(date);",
  ["DateFormat", "format"])
T(N1, "top", "localization", "Okunma sayısını 1,2 B gibi kısaltarak yazan bir fonksiyon, locale parametreli",
  "String compactCount(int count, String locale) => NumberFormat.compact(locale: locale).format(count);",
  ["NumberFormat.compact", "format"])
T(N1, "top", "localization", "BuildContext üzerinden l10n'a kısa erişim için bir extension ekle",
  "extension L10nX on BuildContext {\n  AppLocalizations get l10n => AppLocalizations.of(this)!;\n}",
  ["extension", "on BuildContext", "AppLocalizations.of"])
T(N1, "top", "localization", "Haberin ne kadar önce yayınlandığını '5 dakika önce' / '2 saat önce' şeklinde yazan fonksiyon",
  "String timeAgo(DateTime published, {DateTime? now}) {\n  final diff = (now ?? DateTime.now()).difference(published);\n  if (diff.inMinutes < 1) return 'az önce';\n  if (diff.inHours < 1) return '${diff.inMinutes} dakika önce';\n  if (diff.inDays < 1) return '${diff.inHours} saat önce';\n  return '${diff.inDays} gün önce';\n}",
  ["difference", "inMinutes", "inHours"])
T(N1, "top", "state", "Seçilen dili tutan ve prefs'e yazan bir ChangeNotifier sınıfı yaz",
  "class LocaleController extends ChangeNotifier {\n  LocaleController(this._prefs);\n\n  final SharedPreferences _prefs;\n\n  Locale? get locale {\n    final code = _prefs.getString('locale');\n    return code == null ? null : Locale(code);\n  }\n\n  Future<void> setLocale(Locale locale) async {\n    await _prefs.setString('locale', locale.languageCode);\n    notifyListeners();\n  }\n}",
  ["extends ChangeNotifier", "notifyListeners", "setString"])

# ---------------------------------------------------------------- news: feed screen with paging
N2 = host("news_feed", r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter_cache_manager/flutter_cache_manager.dart';

import '../data/news_api.dart';
import '../models/article.dart';
import 'article_screen.dart';

%%top%%

class FeedScreen extends StatefulWidget {
  const FeedScreen({super.key, required this.api, this.category = 'general'});

  final NewsApi api;
  final String category;

  @override
  State<FeedScreen> createState() => _FeedScreenState();
}

class _FeedScreenState extends State<FeedScreen> {
  final _scroll = ScrollController();
  final List<Article> _articles = [];
  int _page = 1;
  bool _loadingMore = false;
  bool _hasMore = true;
  DateTime? _lastRefresh;

  %%members%%

  Future<void> _loadMore() async {
    if (_loadingMore || !_hasMore) return;
    setState(() => _loadingMore = true);
    final items = await widget.api.headlines(category: widget.category, page: _page);
    setState(() {
      _articles.addAll(items);
      _page++;
      _hasMore = items.isNotEmpty;
      _loadingMore = false;
    });
  }

  @override
  Widget build(BuildContext context) {
    return RefreshIndicator(
      onRefresh: () async {
        %%refresh%%
      },
      child: ListView.builder(
        controller: _scroll,
        itemCount: _articles.length + (_hasMore ? 1 : 0),
        itemBuilder: (context, index) {
          %%itembuilder%%
        },
      ),
    );
  }
}
""",
    refresh="_articles.clear();\n_page = 1;\n_hasMore = true;\nawait _loadMore();",
    itembuilder="if (index == _articles.length) {\n  return const Padding(\n    padding: EdgeInsets.all(16),\n    child: Center(child: CircularProgressIndicator()),\n  );\n}\nfinal article = _articles[index];\nreturn ListTile(\n  title: Text(article.title),\n  onTap: () => Navigator.of(context).push(\n    MaterialPageRoute(builder: (_) => ArticleScreen(article: article)),\n  ),\n);",
    members="@override\nvoid initState() {\n  super.initState();\n  _loadMore();\n}",
)

T(N2, "refresh", "async", "Listeyi sıfırla ve ilk sayfayı baştan yükle",
  "setState(() {\n  _articles.clear();\n  _page = 1;\n  _hasMore = true;\n});\nawait _loadMore();",
  ["_articles.clear", "_page = 1", "_loadMore"])
T(N2, "refresh", "async", "yenilerken hata olursa eski liste kalsın, kullanıcıya snackbar ile bildir",
  "try {\n  final items = await widget.api.headlines(category: widget.category, page: 1);\n  setState(() {\n    _articles\n      ..clear()\n      ..addAll(items);\n    _page = 2;\n    _hasMore = items.isNotEmpty;\n  });\n} catch (_) {\n  if (!mounted) return;\n  ScaffoldMessenger.of(context).showSnackBar(\n    const SnackBar(content: Text('Haberler yenilenemedi')),\n  );\n}",
  ["try", "catch", "widget.api.headlines", "showSnackBar"])
T(N2, "itembuilder", "lists", "Son elemana gelince yükleme göstergesi göster ve sonraki sayfayı iste, diğerlerinde haberi ListTile olarak çiz",
  "if (index == _articles.length) {\n  _loadMore();\n  return const Padding(\n    padding: EdgeInsets.all(16),\n    child: Center(child: CircularProgressIndicator()),\n  );\n}\nfinal article = _articles[index];\nreturn ListTile(title: Text(article.title), subtitle: Text(article.source));",
  ["_articles.length", "_loadMore", "CircularProgressIndicator", "ListTile"])
T(N2, "itembuilder", "images_assets", "Her haber için solda önbellekli küçük resim, sağda başlık olan bir satır döndür",
  "if (index == _articles.length) {\n  return const Center(child: CircularProgressIndicator());\n}\nfinal article = _articles[index];\nreturn ListTile(\n  leading: CachedNetworkImage(\n    imageUrl: article.imageUrl,\n    width: 72,\n    height: 72,\n    fit: BoxFit.cover,\n    placeholder: (context, url) => const ColoredBox(color: Colors.black12),\n    errorWidget: (context, url, error) => const Icon(Icons.broken_image),\n  ),\n  title: Text(article.title, maxLines: 2, overflow: TextOverflow.ellipsis),\n);",
  ["CachedNetworkImage", "imageUrl", "errorWidget"], ["call CachedNetworkImage(imageUrl)"])
T(N2, "itembuilder", "navigation", "haberi kart olarak göster, tıklayınca ArticleScreen'e Hero animasyonuyla git",
  "if (index == _articles.length) {\n  return const Center(child: CircularProgressIndicator());\n}\nfinal article = _articles[index];\nreturn Card(\n  child: InkWell(\n    onTap: () => Navigator.of(context).push(\n      MaterialPageRoute(builder: (_) => ArticleScreen(article: article)),\n    ),\n    child: Column(\n      crossAxisAlignment: CrossAxisAlignment.start,\n      children: [\n        Hero(tag: article.url, child: Image.network(article.imageUrl)),\n        Padding(padding: const EdgeInsets.all(12), child: Text(article.title)),\n      ],\n    ),\n  ),\n);",
  ["Hero", "ArticleScreen", "Navigator | context.push"])
T(N2, "members", "lists", "initState'te ilk sayfayı yükle ve listenin sonuna yaklaşınca _loadMore çağıran listener ekle; dispose'u da yaz",
  "@override\nvoid initState() {\n  super.initState();\n  _loadMore();\n  _scroll.addListener(() {\n    if (_scroll.position.extentAfter < 300) _loadMore();\n  });\n}\n\n@override\nvoid dispose() {\n  _scroll.dispose();\n  super.dispose();\n}",
  ["initState", "_scroll.addListener", "_loadMore", "_scroll.dispose"])
T(N2, "members", "state", "category değişince listeyi sıfırlayıp yeniden yükle",
  "@override\nvoid initState() {\n  super.initState();\n  _loadMore();\n}\n\n@override\nvoid didUpdateWidget(covariant FeedScreen oldWidget) {\n  super.didUpdateWidget(oldWidget);\n  if (oldWidget.category != widget.category) {\n    _articles.clear();\n    _page = 1;\n    _hasMore = true;\n    _loadMore();\n  }\n}",
  ["didUpdateWidget", "oldWidget.category", "_loadMore"])
T(N2, "top", "widgets_layout", "Yüklenirken gösterilecek gri iskelet satır widget'ı yaz",
  "class ArticleSkeleton extends StatelessWidget {\n  const ArticleSkeleton({super.key});\n\n  @override\n  Widget build(BuildContext context) {\n    final color = Theme.of(context).colorScheme.surfaceContainerHighest;\n    return Padding(\n      padding: const EdgeInsets.all(12),\n      child: Row(\n        children: [\n          Container(width: 72, height: 72, color: color),\n          const SizedBox(width: 12),\n          Expanded(child: Container(height: 16, color: color)),\n        ],\n      ),\n    );\n  }\n}",
  ["StatelessWidget", "Container", "Row"], ["extends StatelessWidget"])
T(N2, "top", "images_assets", "Haber görselleri için ortak bir cache manager tanımla, 7 gün saklasın ve en fazla 200 dosya",
  "final newsImageCache = CacheManager(\n  Config(\n    'newsImages',\n    stalePeriod: const Duration(days: 7),\n    maxNrOfCacheObjects: 200,\n  ),\n);",
  ["CacheManager", "Config", "stalePeriod", "maxNrOfCacheObjects"])
T(N2, "top", "performance", "Liste öğesinin gereksiz yere yeniden çizilmemesi için const constructor'lı ayrı bir ArticleTile widget'ı yaz",
  "class ArticleTile extends StatelessWidget {\n  const ArticleTile({super.key, required this.article, this.onTap});\n\n  final Article article;\n  final VoidCallback? onTap;\n\n  @override\n  Widget build(BuildContext context) {\n    return ListTile(\n      title: Text(article.title),\n      subtitle: Text(article.source),\n      onTap: onTap,\n    );\n  }\n}",
  ["StatelessWidget", "const ArticleTile", "ListTile"])

# ---------------------------------------------------------------- news: API client (dio)
N3 = host("news_api", r"""
import 'dart:isolate';

import 'package:dio/dio.dart';

import '../models/article.dart';

%%top%%

class NewsApi {
  NewsApi(this._apiKey) {
    %%ctor%%
  }

  final String _apiKey;
  final Dio _dio = Dio(BaseOptions(baseUrl: 'https://newsapi.org/v2/'));
  final Map<String, List<Article>> _cache = {};
  CancelToken? _searchToken;

  Future<List<Article>> headlines({required String category, int page = 1}) async {
    %%headlines%%
  }

  Future<List<Article>> search(String text) async {
    %%search%%
  }

  %%members%%
}
""",
    ctor="_dio.options.headers['X-Api-Key'] = _apiKey;",
    headlines="final response = await _dio.get<Map<String, dynamic>>(\n  'top-headlines',\n  queryParameters: {'country': 'tr', 'category': category, 'page': page},\n);\nfinal items = response.data!['articles'] as List<dynamic>;\nreturn items.map((e) => Article.fromJson(e as Map<String, dynamic>)).toList();",
    search="final response = await _dio.get<Map<String, dynamic>>('everything', queryParameters: {'q': text});\nfinal items = response.data!['articles'] as List<dynamic>;\nreturn items.map((e) => Article.fromJson(e as Map<String, dynamic>)).toList();",
)

T(N3, "ctor", "http_json", "Her isteğe API anahtarını header olarak ekle",
  "_dio.options.headers['X-Api-Key'] = _apiKey;", ["_dio.options.headers", "_apiKey"])
T(N3, "ctor", "http_json", "İsteklere api key ekleyen ve 401 gelince log basan bir interceptor kur",
  "_dio.interceptors.add(\n  InterceptorsWrapper(\n    onRequest: (options, handler) {\n      options.headers['X-Api-Key'] = _apiKey;\n      handler.next(options);\n    },\n    onError: (error, handler) {\n      if (error.response?.statusCode == 401) {\n        print('API anahtarı geçersiz');\n      }\n      handler.next(error);\n    },\n  ),\n);",
  ["_dio.interceptors.add", "InterceptorsWrapper", "onRequest", "handler.next"])
T(N3, "ctor", "testing", "debug modda istek ve cevapları loglayan interceptor ekle",
  "_dio.options.headers['X-Api-Key'] = _apiKey;\n_dio.interceptors.add(LogInterceptor(requestBody: true, responseBody: true));",
  ["_dio.interceptors.add", "LogInterceptor"])
T(N3, "ctor", "performance", "Bağlantı ve cevap zaman aşımlarını 10 saniye yap",
  "_dio.options\n  ..headers['X-Api-Key'] = _apiKey\n  ..connectTimeout = const Duration(seconds: 10)\n  ..receiveTimeout = const Duration(seconds: 10);",
  ["connectTimeout", "receiveTimeout", "Duration"])
T(N3, "headlines", "http_json", "top-headlines'a country=tr, category ve page parametreleriyle istek at, articles listesini çevir",
  "final response = await _dio.get<Map<String, dynamic>>(\n  'top-headlines',\n  queryParameters: {'country': 'tr', 'category': category, 'page': page},\n);\nfinal items = response.data!['articles'] as List<dynamic>;\nreturn items.map((e) => Article.fromJson(e as Map<String, dynamic>)).toList();",
  ["_dio.get", "queryParameters", "Article.fromJson"])
T(N3, "headlines", "http_json", "DioException'ı yakala; bağlantı hatasıysa boş liste dön, diğerlerinde tekrar fırlat",
  "try {\n  final response = await _dio.get<Map<String, dynamic>>(\n    'top-headlines',\n    queryParameters: {'category': category, 'page': page},\n  );\n  final items = response.data!['articles'] as List<dynamic>;\n  return items.map((e) => Article.fromJson(e as Map<String, dynamic>)).toList();\n} on DioException catch (e) {\n  if (e.type == DioExceptionType.connectionError) return [];\n  rethrow;\n}",
  ["on DioException", "DioExceptionType.connectionError", "rethrow"])
T(N3, "headlines", "performance", "Aynı kategori ve sayfa için gelen cevabı bellekte tut, tekrar istenirse ağa gitme",
  "final key = '$category-$page';\nfinal cached = _cache[key];\nif (cached != null) return cached;\nfinal response = await _dio.get<Map<String, dynamic>>(\n  'top-headlines',\n  queryParameters: {'category': category, 'page': page},\n);\nfinal items = (response.data!['articles'] as List<dynamic>)\n    .map((e) => Article.fromJson(e as Map<String, dynamic>))\n    .toList();\n_cache[key] = items;\nreturn items;",
  ["_cache", "_dio.get", "Article.fromJson"])
T(N3, "search", "async", "Yeni arama gelince önceki isteği iptal et (CancelToken)",
  "_searchToken?.cancel();\nfinal token = _searchToken = CancelToken();\nfinal response = await _dio.get<Map<String, dynamic>>(\n  'everything',\n  queryParameters: {'q': text},\n  cancelToken: token,\n);\nfinal items = response.data!['articles'] as List<dynamic>;\nreturn items.map((e) => Article.fromJson(e as Map<String, dynamic>)).toList();",
  ["_searchToken?.cancel", "CancelToken", "cancelToken"])
T(N3, "search", "http_json", "Boş aramada istek atma; yoksa 'everything' uç noktasını Türkçe sonuçlarla sorgula",
  "if (text.trim().isEmpty) return [];\nfinal response = await _dio.get<Map<String, dynamic>>(\n  'everything',\n  queryParameters: {'q': text.trim(), 'language': 'tr', 'sortBy': 'publishedAt'},\n);\nfinal items = response.data!['articles'] as List<dynamic>;\nreturn items.map((e) => Article.fromJson(e as Map<String, dynamic>)).toList();",
  ["isEmpty", "_dio.get", "queryParameters"])
T(N3, "members", "http_json", "Habere yorum POST eden bir metot yaz",
  "Future<void> postComment(String articleUrl, String text) async {\n  await _dio.post<void>('comments', data: {'article': articleUrl, 'text': text});\n}",
  ["_dio.post", "data"])
T(N3, "members", "http_json", "Kaynak listesini (sources) dönen bir metot ekle, sadece isimleri al",
  "Future<List<String>> sources() async {\n  final response = await _dio.get<Map<String, dynamic>>('top-headlines/sources');\n  final items = response.data!['sources'] as List<dynamic>;\n  return items.map((e) => (e as Map<String, dynamic>)['name'] as String).toList();\n}",
  ["_dio.get", "Future<List<String>>"])
T(N3, "members", "async", "Dio'yu kapatan bir dispose metodu yaz",
  "void dispose() {\n  _searchToken?.cancel();\n  _dio.close();\n}",
  ["_dio.close"])
T(N3, "top", "http_json", "API'den gelen status/hata cevabını temsil eden, fromJson'lu bir sınıf yaz",
  "class NewsApiError implements Exception {\n  NewsApiError({required this.code, required this.message});\n\n  factory NewsApiError.fromJson(Map<String, dynamic> json) => NewsApiError(\n        code: json['code'] as String? ?? 'unknown',\n        message: json['message'] as String? ?? '',\n      );\n\n  final String code;\n  final String message;\n}",
  ["fromJson", "implements Exception"])
T(N3, "top", "dart_language", "Haber kategorileri için bir enum tanımla, API'deki adını veren getter olsun",
  "enum NewsCategory {\n  general,\n  business,\n  sports,\n  technology,\n  health;\n\n  String get apiName => name;\n}",
  ["enum", "name"])

# ---------------------------------------------------------------- news: settings page
N4 = host("news_settings", r"""
import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';
import 'package:package_info_plus/package_info_plus.dart';
import 'package:permission_handler/permission_handler.dart';
import 'package:provider/provider.dart';

import '../theme/appearance_controller.dart';

class SettingsPage extends StatefulWidget {
  const SettingsPage({super.key, required this.prefs});

  final SharedPreferences prefs;

  @override
  State<SettingsPage> createState() => _SettingsPageState();
}

class _SettingsPageState extends State<SettingsPage> {
  late bool _darkMode = widget.prefs.getBool('dark_mode') ?? false;
  late bool _notifications = widget.prefs.getBool('notifications') ?? true;
  late double _fontScale = widget.prefs.getDouble('font_scale') ?? 1.0;
  late String _language = widget.prefs.getString('locale') ?? 'tr';
  %%members%%

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Karanlık mod'),
            value: _darkMode,
            onChanged: (value) {
              %%darkchanged%%
            },
          ),
          SwitchListTile(
            title: const Text('Bildirimler'),
            value: _notifications,
            %%notifargs%%
          ),
          %%items%%
          ListTile(
            title: const Text('Önbelleği temizle'),
            leading: const Icon(Icons.cleaning_services),
            onTap: () async {
              %%clearcache%%
            },
          ),
        ],
      ),
    );
  }
}
""",
    darkchanged="setState(() => _darkMode = value);\nwidget.prefs.setBool('dark_mode', value);",
    notifargs="onChanged: (value) {\n  setState(() => _notifications = value);\n  widget.prefs.setBool('notifications', value);\n},",
    clearcache="await widget.prefs.remove('cached_headlines');",
)

T(N4, "darkchanged", "storage", "Değeri state'e yaz ve SharedPreferences'a kaydet",
  "setState(() => _darkMode = value);\nwidget.prefs.setBool('dark_mode', value);",
  ["setState", "widget.prefs.setBool"])
T(N4, "darkchanged", "theming", "koyu mod degisince uygulamanin temasini da degistir (AppearanceController uzerinden)",
  "setState(() => _darkMode = value);\nwidget.prefs.setBool('dark_mode', value);\ncontext.read<AppearanceController>().setThemeMode(value ? ThemeMode.dark : ThemeMode.light);",
  ["ThemeMode.dark", "ThemeMode.light", "setBool"])
T(N4, "notifargs", "state", "Bildirim switch'i değiştiğinde _notifications'ı setState ile güncelleyip 'notifications' anahtarına yaz",
  "onChanged: (value) {\n  setState(() => _notifications = value);\n  widget.prefs.setBool('notifications', value);\n},",
  ["onChanged", "setState", "widget.prefs.setBool"])
T(N4, "notifargs", "widgets_layout", "Açıklama satırı ve zil ikonu ekle, onChanged'i de bağla",
  "subtitle: const Text('Son dakika haberleri için bildirim al'),\nsecondary: const Icon(Icons.notifications_active_outlined),\nonChanged: (value) => setState(() => _notifications = value),",
  ["subtitle", "secondary", "onChanged"])
T(N4, "notifargs", "platform", "Switch açılmak istenince önce bildirim iznini sor; kullanıcı reddederse değeri değiştirme",
  "onChanged: (value) async {\n  if (value) {\n    final status = await Permission.notification.request();\n    if (!status.isGranted) return;\n  }\n  setState(() => _notifications = value);\n  await widget.prefs.setBool('notifications', value);\n},",
  ["Permission.notification.request", "isGranted", "setState"])
T(N4, "items", "forms", "Yazı boyutu için 0.8 ile 1.5 arası bir Slider ekle, değişince kaydetsin",
  "ListTile(\n  title: const Text('Yazı boyutu'),\n  subtitle: Slider(\n    value: _fontScale,\n    min: 0.8,\n    max: 1.5,\n    divisions: 7,\n    label: _fontScale.toStringAsFixed(1),\n    onChanged: (value) => setState(() => _fontScale = value),\n    onChangeEnd: (value) => widget.prefs.setDouble('font_scale', value),\n  ),\n),",
  ["Slider", "_fontScale", "widget.prefs.setDouble"], ["call Slider(value, onChanged)"])
T(N4, "items", "localization", "Dil seçimi için Türkçe / English radio seçenekleri ekle",
  "for (final entry in const {'tr': 'Türkçe', 'en': 'English'}.entries)\n  RadioListTile<String>(\n    title: Text(entry.value),\n    value: entry.key,\n    groupValue: _language,\n    onChanged: (value) {\n      setState(() => _language = value!);\n      widget.prefs.setString('locale', value!);\n    },\n  ),",
  ["RadioListTile", "_language", "setString"])
T(N4, "items", "widgets_layout", "Bölüm başlığı olarak 'Görünüm' yazan küçük renkli bir başlık koy",
  "Padding(\n  padding: const EdgeInsets.fromLTRB(16, 24, 16, 8),\n  child: Text(\n    'Görünüm',\n    style: Theme.of(context).textTheme.labelLarge?.copyWith(\n      color: Theme.of(context).colorScheme.primary,\n    ),\n  ),\n),",
  ["Padding", "Text", "colorScheme.primary"])
T(N4, "items", "platform", "Listenin sonuna paket bilgisinden okunan sürüm ve build numarasını yazan bir satır koy",
  "FutureBuilder<PackageInfo>(\n  future: PackageInfo.fromPlatform(),\n  builder: (context, snapshot) => ListTile(\n    title: const Text('Sürüm'),\n    subtitle: Text(\n      snapshot.hasData ? '${snapshot.data!.version} (${snapshot.data!.buildNumber})' : '...',\n    ),\n  ),\n),",
  ["PackageInfo.fromPlatform", "FutureBuilder", "version", "buildNumber"])
T(N4, "items", "widgets_layout", "Ayırıcı çizgi koy",
  "const Divider(),", ["Divider"])
T(N4, "items", "navigation", "Hakkında satırı ekle, tıklanınca showLicensePage ile uygulama bilgisi sayfası açılsın",
  "ListTile(\n  title: const Text('Hakkında'),\n  leading: const Icon(Icons.info_outline),\n  onTap: () => showLicensePage(context: context, applicationName: 'Gündem'),\n),",
  ["showLicensePage"])
T(N4, "clearcache", "storage", "Önbellekteki haber anahtarlarını sil, sonra 'Önbellek temizlendi' mesajı göster",
  "final keys = widget.prefs.getKeys().where((key) => key.startsWith('cached_')).toList();\nfor (final key in keys) {\n  await widget.prefs.remove(key);\n}\nif (!context.mounted) return;\nScaffoldMessenger.of(context).showSnackBar(\n  const SnackBar(content: Text('Önbellek temizlendi')),\n);",
  ["widget.prefs.getKeys", "widget.prefs.remove", "showSnackBar"])
T(N4, "clearcache", "navigation", "Önce emin misin diye sor, onaylarsa prefs'teki cache'i sil",
  "final ok = await showDialog<bool>(\n  context: context,\n  builder: (context) => AlertDialog(\n    title: const Text('Önbellek silinsin mi?'),\n    actions: [\n      TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Hayır')),\n      TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Evet')),\n    ],\n  ),\n);\nif (ok == true) await widget.prefs.remove('cached_headlines');",
  ["showDialog", "AlertDialog", "widget.prefs.remove"])
T(N4, "clearcache", "images_assets", "Resim önbelleğini de boşalt",
  "await widget.prefs.remove('cached_headlines');\nPaintingBinding.instance.imageCache.clear();\nPaintingBinding.instance.imageCache.clearLiveImages();",
  ["imageCache.clear", "PaintingBinding.instance"])
T(N4, "members", "storage", "Tüm ayarları varsayılana döndüren bir _reset metodu ekle",
  "Future<void> _reset() async {\n  await widget.prefs.clear();\n  setState(() {\n    _darkMode = false;\n    _notifications = true;\n    _fontScale = 1.0;\n    _language = 'tr';\n  });\n}",
  ["widget.prefs.clear", "setState"])
T(N4, "members", "localization", "Dil kodundan ekranda gösterilecek adı veren bir getter yaz",
  "String get _languageName => switch (_language) {\n  'tr' => 'Türkçe',\n  'en' => 'English',\n  _ => _language,\n};",
  ["_language", "switch"])

# ---------------------------------------------------------------- news: article screen
N5 = host("article_screen", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:intl/intl.dart';
import 'package:share_plus/share_plus.dart';
import 'package:url_launcher/url_launcher.dart';

import '../data/bookmarks_store.dart';
import '../models/article.dart';

class ArticleScreen extends StatelessWidget {
  const ArticleScreen({super.key, required this.article, required this.bookmarks});

  final Article article;
  final BookmarksStore bookmarks;

  %%members%%

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Scaffold(
      appBar: AppBar(
        actions: [
          %%actions%%
        ],
      ),
      body: SingleChildScrollView(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text(article.title, style: textTheme.headlineSmall),
            const SizedBox(height: 8),
            %%body%%
            Text(article.content, style: textTheme.bodyLarge),
            const SizedBox(height: 24),
            OutlinedButton.icon(
              icon: const Icon(Icons.open_in_new),
              label: const Text('Kaynağa git'),
              onPressed: () async {
                %%opensource%%
              },
            ),
          ],
        ),
      ),
    );
  }
}
""",
    actions="IconButton(\n  icon: const Icon(Icons.share),\n  onPressed: () => Share.share(article.url),\n),",
    body="Text('${article.source} • ${article.author ?? ''}', style: textTheme.labelMedium),\nconst SizedBox(height: 16),",
    opensource="await launchUrl(Uri.parse(article.url));",
)

T(N5, "actions", "platform", "Paylaş butonu: başlık ve linki paylaşsın",
  "IconButton(\n  icon: const Icon(Icons.share),\n  onPressed: () => Share.share('${article.title}\\n${article.url}'),\n),",
  ["IconButton", "Share.share | SharePlus.instance.share"])
T(N5, "actions", "storage", "Yer imi butonu ekle, bookmarks'a kaydetsin ve SnackBar göstersin",
  "IconButton(\n  icon: const Icon(Icons.bookmark_add_outlined),\n  onPressed: () async {\n    await bookmarks.add(article);\n    if (!context.mounted) return;\n    ScaffoldMessenger.of(context).showSnackBar(\n      const SnackBar(content: Text('Kaydedildi')),\n    );\n  },\n),",
  ["IconButton", "bookmarks.add", "showSnackBar"])
T(N5, "actions", "state", "kayıtlıysa dolu değilse boş bookmark ikonu göster, ValueListenableBuilder ile dinle",
  "ValueListenableBuilder<Set<String>>(\n  valueListenable: bookmarks.urls,\n  builder: (context, urls, _) {\n    final saved = urls.contains(article.url);\n    return IconButton(\n      icon: Icon(saved ? Icons.bookmark : Icons.bookmark_border),\n      onPressed: () => saved ? bookmarks.remove(article.url) : bookmarks.add(article),\n    );\n  },\n),",
  ["ValueListenableBuilder", "bookmarks.urls", "Icons.bookmark"])
T(N5, "actions", "navigation", "Menüye 'Tarayıcıda aç' ve 'Linki kopyala' seçenekleri ekle",
  "PopupMenuButton<String>(\n  onSelected: (value) {\n    if (value == 'open') {\n      launchUrl(Uri.parse(article.url), mode: LaunchMode.externalApplication);\n    } else {\n      Clipboard.setData(ClipboardData(text: article.url));\n    }\n  },\n  itemBuilder: (context) => const [\n    PopupMenuItem(value: 'open', child: Text('Tarayıcıda aç')),\n    PopupMenuItem(value: 'copy', child: Text('Linki kopyala')),\n  ],\n),",
  ["PopupMenuButton", "launchUrl", "Clipboard.setData"])
T(N5, "body", "images_assets", "Başlığın altına haberin görselini 16:9 oranında ve köşeleri yuvarlatılmış koy",
  "ClipRRect(\n  borderRadius: BorderRadius.circular(12),\n  child: AspectRatio(\n    aspectRatio: 16 / 9,\n    child: Image.network(article.imageUrl, fit: BoxFit.cover),\n  ),\n),\nconst SizedBox(height: 16),",
  ["ClipRRect", "AspectRatio", "Image.network"])
T(N5, "body", "images_assets", "gorsel yuklenirken ilerleme gostergesi goster",
  "Image.network(\n  article.imageUrl,\n  loadingBuilder: (context, child, progress) {\n    if (progress == null) return child;\n    return SizedBox(\n      height: 200,\n      child: Center(\n        child: CircularProgressIndicator(\n          value: progress.expectedTotalBytes == null\n              ? null\n              : progress.cumulativeBytesLoaded / progress.expectedTotalBytes!,\n        ),\n      ),\n    );\n  },\n),\nconst SizedBox(height: 16),",
  ["Image.network", "loadingBuilder", "cumulativeBytesLoaded"])
T(N5, "body", "localization", "Yayın tarihini Türkçe uzun formatta göster",
  "Text(\n  DateFormat.yMMMMd('tr_TR').add_Hm().format(article.publishedAt),\n  style: textTheme.labelMedium,\n),\nconst SizedBox(height: 16),",
  ["DateFormat", "article.publishedAt", "format"])
T(N5, "body", "widgets_layout", "Kaynak adını Chip, yazarı yanında gri metin olarak göster",
  "Row(\n  children: [\n    Chip(label: Text(article.source)),\n    const SizedBox(width: 8),\n    if (article.author != null)\n      Expanded(\n        child: Text(\n          article.author!,\n          style: textTheme.bodySmall?.copyWith(color: Colors.grey),\n          overflow: TextOverflow.ellipsis,\n        ),\n      ),\n  ],\n),\nconst SizedBox(height: 16),",
  ["Chip", "article.source", "article.author"])
T(N5, "opensource", "platform", "Linki uygulama içi tarayıcıda aç",
  "await launchUrl(Uri.parse(article.url), mode: LaunchMode.inAppBrowserView);",
  ["launchUrl", "LaunchMode.inAppBrowserView | LaunchMode.inAppWebView"])
T(N5, "opensource", "platform", "açılamazsa hata mesajı göster",
  "final uri = Uri.parse(article.url);\nif (!await launchUrl(uri)) {\n  if (!context.mounted) return;\n  ScaffoldMessenger.of(context).showSnackBar(\n    const SnackBar(content: Text('Bağlantı açılamadı')),\n  );\n}",
  ["launchUrl", "context.mounted", "showSnackBar"])
T(N5, "members", "dart_language", "Haberin tahmini okuma süresini (dakikada 200 kelime) hesaplayan getter",
  "int get readingMinutes {\n  final words = article.content.split(RegExp(r'\\s+')).length;\n  return (words / 200).ceil();\n}",
  ["article.content", "split", "ceil"])
T(N5, "members", "navigation", "Bu ekranı açmak için statik bir push yardımcı metodu yaz",
  "static Future<void> open(BuildContext context, Article article, BookmarksStore bookmarks) {\n  return Navigator.of(context).push(\n    MaterialPageRoute(builder: (_) => ArticleScreen(article: article, bookmarks: bookmarks)),\n  );\n}",
  ["static", "Navigator", "MaterialPageRoute"])

# ---------------------------------------------------------------- news: widget tests with mocks
N6 = host("news_tests", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:mocktail/mocktail.dart';
import 'package:gundem/data/news_api.dart';
import 'package:gundem/models/article.dart';
import 'package:gundem/screens/article_screen.dart';
import 'package:gundem/screens/feed_screen.dart';

class MockNewsApi extends Mock implements NewsApi {}

%%top%%

void main() {
  late MockNewsApi api;
  final article = Article(
    title: 'Deprem tatbikatı yapıldı',
    source: 'Ajans',
    url: 'https://example.com/1',
    imageUrl: '',
    content: 'İçerik',
    publishedAt: DateTime(2024, 3, 12),
  );

  setUp(() {
    api = MockNewsApi();
    %%setup%%
  });

  testWidgets('shows headlines', (tester) async {
    await tester.pumpWidget(MaterialApp(home: Scaffold(body: FeedScreen(api: api))));
    %%headlines%%
  });

  testWidgets('pull to refresh reloads', (tester) async {
    await tester.pumpWidget(MaterialApp(home: Scaffold(body: FeedScreen(api: api))));
    await tester.pumpAndSettle();
    %%refresh%%
  });

  %%more%%
}
""",
    setup="when(() => api.headlines(category: any(named: 'category'), page: any(named: 'page')))\n    .thenAnswer((_) async => [article]);",
    headlines="await tester.pumpAndSettle();\nexpect(find.text('Deprem tatbikatı yapıldı'), findsOneWidget);",
    refresh="await tester.fling(find.byType(ListView), const Offset(0, 400), 1000);\nawait tester.pumpAndSettle();\nverify(() => api.headlines(category: 'general', page: 1)).called(2);",
)

T(N6, "setup", "testing", "headlines her çağrıldığında tek haberlik liste dönsün",
  "when(() => api.headlines(category: any(named: 'category'), page: any(named: 'page')))\n    .thenAnswer((_) async => [article]);",
  ["when", "thenAnswer", "any(named:"])
T(N6, "setup", "testing", "api hata fırlatsın, hata durumunu test edeceğim",
  "when(() => api.headlines(category: any(named: 'category'), page: any(named: 'page')))\n    .thenThrow(Exception('network'));",
  ["when", "thenThrow"])
T(N6, "setup", "testing", "ilk sayfada haber, ikinci sayfada boş liste dönsün",
  "when(() => api.headlines(category: any(named: 'category'), page: 1))\n    .thenAnswer((_) async => [article]);\nwhen(() => api.headlines(category: any(named: 'category'), page: 2))\n    .thenAnswer((_) async => []);",
  ["when", "thenAnswer", "page: 2"])
T(N6, "headlines", "testing", "Yükleme bitmeden önce progress göstergesi görünmeli, bitince başlık görünmeli",
  "expect(find.byType(CircularProgressIndicator), findsOneWidget);\nawait tester.pumpAndSettle();\nexpect(find.text('Deprem tatbikatı yapıldı'), findsOneWidget);",
  ["find.byType(CircularProgressIndicator)", "pumpAndSettle", "findsOneWidget"])
T(N6, "headlines", "testing", "API'nin general kategorisi ve 1. sayfa ile bir kere çağrıldığını doğrula",
  "await tester.pumpAndSettle();\nverify(() => api.headlines(category: 'general', page: 1)).called(1);",
  ["verify", "called(1)"])
T(N6, "headlines", "testing", "Habere tıklayınca ArticleScreen'in açıldığını kontrol et",
  "await tester.pumpAndSettle();\nawait tester.tap(find.text('Deprem tatbikatı yapıldı'));\nawait tester.pumpAndSettle();\nexpect(find.byType(ArticleScreen), findsOneWidget);",
  ["tester.tap", "ArticleScreen", "findsOneWidget"])
T(N6, "refresh", "testing", "Listeyi aşağı çekip yenile, API'nin iki kez çağrıldığını doğrula",
  "await tester.fling(find.byType(ListView), const Offset(0, 400), 1000);\nawait tester.pumpAndSettle();\nverify(() => api.headlines(category: 'general', page: 1)).called(2);",
  ["tester.fling | tester.drag", "verify", "called(2)"])
T(N6, "refresh", "testing", "RefreshIndicator'ın show() metodunu çağırarak yenilemeyi tetikle",
  "final state = tester.state<RefreshIndicatorState>(find.byType(RefreshIndicator));\nawait state.show();\nawait tester.pumpAndSettle();\nverify(() => api.headlines(category: 'general', page: 1)).called(2);",
  ["RefreshIndicatorState", "show", "verify"])
T(N6, "more", "testing", "Listenin sonuna kaydırınca ikinci sayfanın istendiğini test et",
  "testWidgets('loads the next page at the end', (tester) async {\n  await tester.pumpWidget(MaterialApp(home: Scaffold(body: FeedScreen(api: api))));\n  await tester.pumpAndSettle();\n  await tester.drag(find.byType(ListView), const Offset(0, -2000));\n  await tester.pumpAndSettle();\n  verify(() => api.headlines(category: 'general', page: 2)).called(1);\n});",
  ["testWidgets", "tester.drag", "verify"])
T(N6, "more", "testing", "Haber yokken 'Haber bulunamadı' mesajı çıktığını test et",
  "testWidgets('shows empty message', (tester) async {\n  when(() => api.headlines(category: any(named: 'category'), page: any(named: 'page')))\n      .thenAnswer((_) async => []);\n  await tester.pumpWidget(MaterialApp(home: Scaffold(body: FeedScreen(api: api))));\n  await tester.pumpAndSettle();\n  expect(find.text('Haber bulunamadı'), findsOneWidget);\n});",
  ["testWidgets", "thenAnswer", "findsOneWidget"])
T(N6, "more", "testing", "Bütün testlerden sonra mock'ları sıfırlayan tearDown ekle",
  "tearDown(() => reset(api));", ["tearDown", "reset"])
T(N6, "top", "testing", "Article için sahte değer kaydet (registerFallbackValue) ki any() çalışsın",
  "class FakeArticle extends Fake implements Article {}\n\nvoid registerFallbacks() {\n  registerFallbackValue(FakeArticle());\n}",
  ["registerFallbackValue", "Fake"])
T(N6, "top", "testing", "FeedScreen'i MaterialApp içinde pompalayan bir yardımcı fonksiyon yaz",
  "Future<void> pumpFeed(WidgetTester tester, NewsApi api) {\n  return tester.pumpWidget(MaterialApp(home: Scaffold(body: FeedScreen(api: api))));\n}",
  ["WidgetTester", "pumpWidget", "FeedScreen"])

# ---------------------------------------------------------------- news: bookmarks store (hive)
N7 = host("bookmarks_store", r"""
import 'package:flutter/foundation.dart';
import 'package:hive_flutter/hive_flutter.dart';

import '../models/article.dart';

%%top%%

class BookmarksStore {
  BookmarksStore._(this._box);

  static const boxName = 'bookmarks';

  final Box<Map> _box;
  final ValueNotifier<Set<String>> urls = ValueNotifier(<String>{});

  static Future<BookmarksStore> open() async {
    %%open%%
  }

  Future<void> add(Article article) async {
    %%add%%
  }

  %%members%%
}
""",
    open="await Hive.initFlutter();\nfinal box = await Hive.openBox<Map>(boxName);\nfinal store = BookmarksStore._(box);\nstore.urls.value = box.keys.cast<String>().toSet();\nreturn store;",
    add="await _box.put(article.url, article.toJson());\nurls.value = {...urls.value, article.url};",
    members="Future<void> remove(String url) async {\n  await _box.delete(url);\n  urls.value = {...urls.value}..remove(url);\n}",
)

T(N7, "open", "storage", "Hive'ı başlat, bookmarks kutusunu aç ve kayıtlı url'leri yükle",
  "await Hive.initFlutter();\nfinal box = await Hive.openBox<Map>(boxName);\nfinal store = BookmarksStore._(box);\nstore.urls.value = box.keys.cast<String>().toSet();\nreturn store;",
  ["Hive.initFlutter", "Hive.openBox", "BookmarksStore._"])
T(N7, "open", "storage", "Kutu zaten açıksa tekrar açma, Hive.box ile al",
  "final box = Hive.isBoxOpen(boxName) ? Hive.box<Map>(boxName) : await Hive.openBox<Map>(boxName);\nfinal store = BookmarksStore._(box);\nstore.urls.value = box.keys.cast<String>().toSet();\nreturn store;",
  ["Hive.isBoxOpen", "Hive.box", "Hive.openBox"])
T(N7, "add", "storage", "Haberi url anahtarıyla JSON olarak kaydet ve urls'i güncelle",
  "await _box.put(article.url, article.toJson());\nurls.value = {...urls.value, article.url};",
  ["_box.put", "article.toJson", "urls.value"])
T(N7, "add", "storage", "En fazla 100 yer imi tutulsun, aşarsa en eskisini sil",
  "if (_box.length >= 100) {\n  final oldest = _box.keyAt(0);\n  await _box.delete(oldest);\n}\nawait _box.put(article.url, article.toJson());\nurls.value = _box.keys.cast<String>().toSet();",
  ["_box.length", "_box.delete", "_box.put"])
T(N7, "members", "storage", "Yer imini silen remove metodu",
  "Future<void> remove(String url) async {\n  await _box.delete(url);\n  urls.value = {...urls.value}..remove(url);\n}",
  ["_box.delete", "urls.value"])
T(N7, "members", "http_json", "Kayıtlı tüm haberleri Article listesi olarak dönen getter",
  "List<Article> get all => _box.values\n    .map((json) => Article.fromJson(Map<String, dynamic>.from(json)))\n    .toList();",
  ["_box.values", "Article.fromJson"])
T(N7, "members", "state", "Kutudaki değişiklikleri dinleyen bir ValueListenable döndür",
  "ValueListenable<Box<Map>> listenable() => _box.listenable();", ["_box.listenable"])
T(N7, "members", "storage", "tüm yer imlerini temizle",
  "Future<void> clear() async {\n  await _box.clear();\n  urls.value = {};\n}",
  ["_box.clear", "urls.value"])
T(N7, "members", "async", "Kutuyu kapatan ve notifier'ı dispose eden close metodu",
  "Future<void> close() async {\n  urls.dispose();\n  await _box.close();\n}",
  ["urls.dispose", "_box.close"])
T(N7, "top", "storage", "Article için elle yazılmış bir Hive TypeAdapter tanımla",
  "class ArticleAdapter extends TypeAdapter<Article> {\n  @override\n  final int typeId = 1;\n\n  @override\n  Article read(BinaryReader reader) =>\n      Article.fromJson(Map<String, dynamic>.from(reader.readMap()));\n\n  @override\n  void write(BinaryWriter writer, Article obj) => writer.writeMap(obj.toJson());\n}",
  ["extends TypeAdapter<Article>", "typeId", "BinaryReader", "BinaryWriter"])
T(N7, "top", "storage", "Uygulama başlarken kutuları açan bir initStorage fonksiyonu yaz",
  "Future<void> initStorage() async {\n  await Hive.initFlutter();\n  await Hive.openBox<Map>(BookmarksStore.boxName);\n  await Hive.openBox<String>('settings');\n}",
  ["Hive.initFlutter", "Hive.openBox"])

# ---------------------------------------------------------------- news: localized header widget
N8 = host("news_header", r"""
import 'package:flutter/material.dart';
import 'package:flutter_gen/gen_l10n/app_localizations.dart';
import 'package:intl/intl.dart';

%%top%%

class FeedHeader extends StatelessWidget {
  const FeedHeader({super.key, required this.unread, required this.updatedAt, required this.city});

  final int unread;
  final DateTime updatedAt;
  final String city;

  %%members%%

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    final locale = Localizations.localeOf(context).toString();
    %%buildstart%%
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Text(l10n.goodMorning(city), style: Theme.of(context).textTheme.titleLarge),
          %%headerchildren%%
          Text(
            l10n.unreadCount(unread),
            %%unreadargs%%
          ),
        ],
      ),
    );
  }
}
""")

T(N8, "headerchildren", "localization", "Güncellenme saatini cihaz diline göre saat:dakika formatında göster",
  "Text(DateFormat.Hm(locale).format(updatedAt)),", ["DateFormat.Hm", "format", "updatedAt"])
T(N8, "headerchildren", "localization", "Bugünün tarihini uzun formatta (12 Mart Salı) yerel dilde yaz",
  "Text(DateFormat.MMMMEEEEd(locale).format(DateTime.now())),", ["DateFormat.MMMMEEEEd", "locale"])
T(N8, "headerchildren", "localization", "Sağdan sola dillerde de düzgün dursun diye güncellenme bilgisini Directionality'ye uygun Row ile göster",
  "Row(\n  textDirection: Directionality.of(context),\n  children: [\n    const Icon(Icons.update, size: 16),\n    const SizedBox(width: 4),\n    Text(DateFormat.Hm(locale).format(updatedAt)),\n  ],\n),",
  ["Directionality.of", "DateFormat.Hm"])
T(N8, "unreadargs", "theming", "Okunmamış sayısı varsa primary renkte, yoksa soluk göster",
  "style: TextStyle(\n  color: unread > 0\n      ? Theme.of(context).colorScheme.primary\n      : Theme.of(context).colorScheme.onSurfaceVariant,\n),",
  ["style", "colorScheme.primary", "unread"])
T(N8, "unreadargs", "localization", "Ekran okuyucu için çeviri metniyle semantik etiket ver",
  "semanticsLabel: l10n.unreadCount(unread),", ["semanticsLabel", "l10n.unreadCount"])
T(N8, "unreadargs", "localization", "Metin hizası dile göre başlangıca yaslansın",
  "textAlign: TextAlign.start,", ["TextAlign.start"])
T(N8, "buildstart", "localization", "Okunmamış sayısını yerel formatta (1.234) biçimlendir",
  "final formattedUnread = NumberFormat.decimalPattern(locale).format(unread);",
  ["NumberFormat.decimalPattern", "format", "unread"])
T(N8, "buildstart", "localization", "Dil Türkçe mi diye bak, değilse İngilizce selamlama kullanılacak",
  "final isTurkish = Localizations.localeOf(context).languageCode == 'tr';",
  ["Localizations.localeOf", "languageCode"])
T(N8, "buildstart", "localization", "intl ile çoğul kuralına göre 'yeni haber' metnini hazırla",
  "final unreadText = Intl.plural(\n  unread,\n  zero: 'Yeni haber yok',\n  one: '1 yeni haber',\n  other: '$unread yeni haber',\n  locale: locale,\n);",
  ["Intl.plural", "unread"])
T(N8, "members", "localization", "Güncellenme zamanını 'bugün', 'dün' ya da tarih olarak döndüren metot",
  "String _relativeDay(String locale) {\n  final now = DateTime.now();\n  final today = DateTime(now.year, now.month, now.day);\n  final day = DateTime(updatedAt.year, updatedAt.month, updatedAt.day);\n  final diff = today.difference(day).inDays;\n  if (diff == 0) return 'bugün';\n  if (diff == 1) return 'dün';\n  return DateFormat.yMMMd(locale).format(updatedAt);\n}",
  ["difference", "inDays", "DateFormat"])
T(N8, "members", "localization", "Şehir adını Türkçe kurallara göre büyük harfe çeviren getter (i -> İ)",
  "String get _cityUpper => city.replaceAll('i', 'İ').toUpperCase();",
  ["toUpperCase", "replaceAll"])
T(N8, "top", "localization", "ARB'de olmayan metinler için basit bir Türkçe/İngilizce sözlük ve çeviri fonksiyonu yaz",
  "const _fallbackStrings = {\n  'tr': {'refresh': 'Yenile', 'empty': 'Haber yok'},\n  'en': {'refresh': 'Refresh', 'empty': 'No news'},\n};\n\nString tr(BuildContext context, String key) {\n  final code = Localizations.localeOf(context).languageCode;\n  return _fallbackStrings[code]?[key] ?? _fallbackStrings['en']![key] ?? key;\n}",
  ["Localizations.localeOf", "languageCode"])
T(N8, "top", "localization", "Para birimini yerel formatta gösteren bir fonksiyon (abonelik fiyatı için)",
  "String formatPrice(double amount, String locale) =>\n    NumberFormat.simpleCurrency(locale: locale).format(amount);",
  ["NumberFormat.simpleCurrency | NumberFormat.currency", "format"])
T(N8, "top", "localization", "Widget'ı test ederken Türkçe locale ile saran bir yardımcı widget yaz",
  "class TurkishLocale extends StatelessWidget {\n  const TurkishLocale({super.key, required this.child});\n\n  final Widget child;\n\n  @override\n  Widget build(BuildContext context) {\n    return Localizations.override(\n      context: context,\n      locale: const Locale('tr'),\n      child: child,\n    );\n  }\n}",
  ["Localizations.override", "Locale"])

# ---------------------------------------------------------------- recipes: list page
R1 = host("recipe_list", r"""
import 'dart:async';
import 'dart:convert';

import 'package:flutter/material.dart';

import '../data/recipe_repository.dart';
import '../models/recipe.dart';
import 'recipe_detail_page.dart';

%%top%%

class RecipeListPage extends StatefulWidget {
  const RecipeListPage({super.key, required this.repository});

  final RecipeRepository repository;

  @override
  State<RecipeListPage> createState() => _RecipeListPageState();
}

class _RecipeListPageState extends State<RecipeListPage> {
  final ScrollController _scrollController = ScrollController();
  final TextEditingController _searchController = TextEditingController();
  List<Recipe> _recipes = [];
  bool _loading = false;
  String _query = '';
  %%members%%

  @override
  void initState() {
    super.initState();
    %%init%%
  }

  Future<void> _loadRecipes() async {
    setState(() => _loading = true);
    final recipes = await widget.repository.fetchRecipes(query: _query);
    if (!mounted) return;
    setState(() {
      _recipes = recipes;
      _loading = false;
    });
  }

  @override
  void dispose() {
    %%dispose%%
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Tarifler'),
        actions: [
          %%actions%%
        ],
      ),
      body: _loading
          ? const Center(child: CircularProgressIndicator())
          : ListView.builder(
              controller: _scrollController,
              %%listargs%%
              itemCount: _recipes.length,
              itemBuilder: (context, index) {
                final recipe = _recipes[index];
                return ListTile(
                  title: Text(recipe.title),
                  subtitle: Text('${recipe.minutes} dk'),
                  onTap: () {
                    %%ontap%%
                  },
                );
              },
            ),
    );
  }
}
""",
    init="_loadRecipes();",
    dispose="_scrollController.dispose();\n_searchController.dispose();",
    actions="IconButton(\n  icon: const Icon(Icons.refresh),\n  onPressed: _loadRecipes,\n),",
    ontap="Navigator.of(context).push(\n  MaterialPageRoute(builder: (_) => RecipeDetailPage(recipe: recipe)),\n);",
)

T(R1, "dispose", "state", "Controller'ları serbest bırak",
  "_scrollController.dispose();\n_searchController.dispose();",
  ["_scrollController.dispose", "_searchController.dispose"])
T(R1, "dispose", "performance", "scroll ve arama controllerlarini dispose et ki bellek sizintisi olmasin",
  "_scrollController.dispose();\n_searchController.dispose();",
  ["_scrollController.dispose", "_searchController.dispose"])
T(R1, "init", "async", "Sayfa açılınca tarifleri yükle",
  "_loadRecipes();", ["_loadRecipes"])
T(R1, "init", "lists", "Listenin sonuna yaklaşınca (200 piksel kala) tarifleri yeniden yükleyen bir scroll dinleyicisi ekle",
  "_loadRecipes();\n_scrollController.addListener(() {\n  final position = _scrollController.position;\n  if (position.pixels >= position.maxScrollExtent - 200 && !_loading) {\n    _loadRecipes();\n  }\n});",
  ["_scrollController.addListener", "maxScrollExtent"])
T(R1, "init", "forms", "Arama kutusu değiştikçe _query'yi güncelle ve listeyi yeniden yükle",
  "_loadRecipes();\n_searchController.addListener(() {\n  if (_searchController.text == _query) return;\n  _query = _searchController.text;\n  _loadRecipes();\n});",
  ["_searchController.addListener", "_searchController.text", "_loadRecipes"])
T(R1, "members", "performance", "Aramada her tuşta istek atmamak için 400 ms debounce yapan bir metot yaz",
  "Timer? _debounce;\n\nvoid _onSearchChanged(String value) {\n  _debounce?.cancel();\n  _debounce = Timer(const Duration(milliseconds: 400), () {\n    _query = value;\n    _loadRecipes();\n  });\n}",
  ["Timer", "cancel", "Duration"], ["call Timer(Duration)"] if False else ["call Timer"])
T(R1, "members", "lists", "_scrollController ile 300 ms içinde yumuşakça 0 ofsetine çıkan _scrollToTop metodunu yaz",
  "void _scrollToTop() {\n  _scrollController.animateTo(\n    0,\n    duration: const Duration(milliseconds: 300),\n    curve: Curves.easeOut,\n  );\n}",
  ["_scrollController.animateTo"], ["call .animateTo(duration, curve)"])
T(R1, "members", "dart_language", "_recipes listesini hazırlanma süresine göre sıralı döndüren bir getter yaz",
  "List<Recipe> get _sortedByTime =>\n    [..._recipes]..sort((a, b) => a.minutes.compareTo(b.minutes));",
  ["_recipes", "sort | sorted", "minutes"])
T(R1, "actions", "navigation", "Arama ikonuna basınca showSearch ile değil, '/search' rotasına gitsin",
  "IconButton(\n  icon: const Icon(Icons.search),\n  onPressed: () => Navigator.of(context).pushNamed('/search'),\n),",
  ["IconButton", "pushNamed | context.push | context.go"], ["call IconButton(icon, onPressed)"])
T(R1, "actions", "async", "Yenile butonu koy, basınca _loadRecipes çağrılsın",
  "IconButton(\n  icon: const Icon(Icons.refresh),\n  tooltip: 'Yenile',\n  onPressed: _loadRecipes,\n),",
  ["IconButton", "_loadRecipes"], ["call IconButton(onPressed)"])
T(R1, "actions", "widgets_layout", "appbar'a sıralama için PopupMenuButton ekle: süreye göre ve ada göre",
  "PopupMenuButton<String>(\n  icon: const Icon(Icons.sort),\n  onSelected: (value) {\n    setState(() {\n      if (value == 'time') {\n        _recipes.sort((a, b) => a.minutes.compareTo(b.minutes));\n      } else {\n        _recipes.sort((a, b) => a.title.compareTo(b.title));\n      }\n    });\n  },\n  itemBuilder: (context) => const [\n    PopupMenuItem(value: 'time', child: Text('Süreye göre')),\n    PopupMenuItem(value: 'name', child: Text('Ada göre')),\n  ],\n),",
  ["PopupMenuButton", "PopupMenuItem", "onSelected"], ["call PopupMenuButton(itemBuilder, onSelected)"])
T(R1, "listargs", "lists", "Her satırın arasına ayırıcı koyamıyorum builder'da, en azından padding ver üstten alttan 8",
  "padding: const EdgeInsets.symmetric(vertical: 8),",
  ["padding", "EdgeInsets"])
T(R1, "listargs", "performance", "Satır yükseklikleri sabit 72, bunu listeye bildir ki kaydırma hızlansın",
  "itemExtent: 72,", ["itemExtent"])
T(R1, "listargs", "lists", "Liste aşağı çekilince klavye kapansın",
  "keyboardDismissBehavior: ScrollViewKeyboardDismissBehavior.onDrag,",
  ["keyboardDismissBehavior", "ScrollViewKeyboardDismissBehavior.onDrag"])
T(R1, "ontap", "navigation", "Tarif detay sayfasına git, recipe'yi parametre olarak gönder",
  "Navigator.of(context).push(\n  MaterialPageRoute(builder: (_) => RecipeDetailPage(recipe: recipe)),\n);",
  ["Navigator | context.push", "RecipeDetailPage", "recipe"])
T(R1, "ontap", "widgets_layout", "tıklanınca tarifin adını SnackBar'da göster",
  "ScaffoldMessenger.of(context).showSnackBar(\n  SnackBar(content: Text(recipe.title)),\n);",
  ["ScaffoldMessenger.of", "showSnackBar", "recipe.title"], ["call SnackBar(content)"])
T(R1, "ontap", "navigation", "detay sayfasından dönen bool true ise listeyi yenile",
  "Navigator.of(context)\n    .push<bool>(MaterialPageRoute(builder: (_) => RecipeDetailPage(recipe: recipe)))\n    .then((changed) {\n  if (changed == true) _loadRecipes();\n});",
  ["push", "RecipeDetailPage", "_loadRecipes"])
T(R1, "top", "dart_language", "Tarif zorluk seviyesi için enum tanımla: kolay, orta, zor; her birinin Türkçe etiketi olsun",
  "enum Difficulty {\n  easy('Kolay'),\n  medium('Orta'),\n  hard('Zor');\n\n  const Difficulty(this.label);\n\n  final String label;\n}",
  ["enum", "label"])
T(R1, "top", "widgets_layout", "Liste boşken gösterilecek, ikon ve mesaj içeren küçük bir stateless widget yaz",
  "class EmptyRecipes extends StatelessWidget {\n  const EmptyRecipes({super.key});\n\n  @override\n  Widget build(BuildContext context) {\n    return const Center(\n      child: Column(\n        mainAxisSize: MainAxisSize.min,\n        children: [\n          Icon(Icons.no_meals, size: 64),\n          SizedBox(height: 12),\n          Text('Henüz tarif yok'),\n        ],\n      ),\n    );\n  }\n}",
  ["StatelessWidget", "Icon", "Text"], ["extends StatelessWidget"])
T(R1, "top", "dart_language", "Recipe listesine toplam süreyi veren bir extension ekle",
  "extension RecipeListX on List<Recipe> {\n  int get totalMinutes => fold(0, (sum, r) => sum + r.minutes);\n}",
  ["extension", "on List<Recipe>", "minutes"])

# ---------------------------------------------------------------- recipes: detail page (stateless)
R2 = host("recipe_detail", r"""
import 'package:flutter/material.dart';
import 'package:share_plus/share_plus.dart';

import '../models/recipe.dart';

class RecipeDetailPage extends StatelessWidget {
  const RecipeDetailPage({super.key, required this.recipe});

  final Recipe recipe;

  %%members%%

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Scaffold(
      body: CustomScrollView(
        slivers: [
          SliverAppBar(
            %%appbarargs%%
            flexibleSpace: FlexibleSpaceBar(
              title: Text(recipe.title),
              background: Hero(
                tag: 'recipe-${recipe.id}',
                child: Image.network(recipe.imageUrl, fit: BoxFit.cover),
              ),
            ),
            actions: [
              IconButton(
                icon: const Icon(Icons.share),
                onPressed: () {
                  %%share%%
                },
              ),
            ],
          ),
          SliverPadding(
            padding: const EdgeInsets.all(16),
            sliver: SliverList(
              delegate: SliverChildListDelegate([
                Text('Malzemeler', style: theme.textTheme.titleLarge),
                const SizedBox(height: 8),
                for (final ingredient in recipe.ingredients)
                  Text('• $ingredient', style: theme.textTheme.bodyLarge),
                %%content%%
              ]),
            ),
          ),
        ],
      ),
    );
  }
}
""",
    appbarargs="expandedHeight: 280,\npinned: true,",
    share="Share.share('${recipe.title} tarifine bak!');",
)

T(R2, "appbarargs", "widgets_layout", "App bar 280 yüksekliğinde açılsın ve kaydırınca üstte sabit kalsın",
  "expandedHeight: 280,\npinned: true,", ["expandedHeight", "pinned: true"])
T(R2, "appbarargs", "animations", "yukarı azıcık kaydırınca app bar hemen geri gelsin, snap efektiyle",
  "expandedHeight: 280,\nfloating: true,\nsnap: true,", ["floating: true", "snap: true"])
T(R2, "appbarargs", "theming", "SliverAppBar'ın arka planı temanın primaryContainer rengi olsun, yüksekliği 300",
  "expandedHeight: 300,\npinned: true,\nbackgroundColor: theme.colorScheme.primaryContainer,",
  ["backgroundColor", "colorScheme.primaryContainer"])
T(R2, "share", "platform", "Tarifin adını ve malzemelerini paylaş",
  "Share.share('${recipe.title}\\n\\n${recipe.ingredients.join('\\n')}');",
  ["Share.share | SharePlus.instance.share", "recipe.ingredients"])
T(R2, "share", "platform", "paylas butonuna basinca tarif basligini konu olarak verip linki paylas",
  "Share.share(\n  'https://tarifler.app/r/${recipe.id}',\n  subject: recipe.title,\n);",
  ["Share.share | SharePlus.instance.share", "subject"])
T(R2, "share", "navigation", "Paylaşmak yerine önce onay dialogu göster, evet denirse paylaş",
  "showDialog<bool>(\n  context: context,\n  builder: (context) => AlertDialog(\n    title: const Text('Paylaşılsın mı?'),\n    actions: [\n      TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Hayır')),\n      TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Evet')),\n    ],\n  ),\n).then((ok) {\n  if (ok == true) Share.share(recipe.title);\n});",
  ["showDialog", "AlertDialog", "Share.share | SharePlus.instance.share"], ["call showDialog(context, builder)"])
T(R2, "content", "widgets_layout", "Malzemelerden sonra 'Hazırlanışı' başlığı ve adımları numaralı göster",
  "const SizedBox(height: 24),\nText('Hazırlanışı', style: theme.textTheme.titleLarge),\nconst SizedBox(height: 8),\nfor (var i = 0; i < recipe.steps.length; i++)\n  Padding(\n    padding: const EdgeInsets.only(bottom: 8),\n    child: Text('${i + 1}. ${recipe.steps[i]}'),\n  ),",
  ["recipe.steps", "Text", "for"])
T(R2, "content", "widgets_layout", "Buraya hazırlama süresini ve porsiyonu ikonlarla yan yana gösteren bir satır ekle",
  "const SizedBox(height: 16),\nRow(\n  children: [\n    const Icon(Icons.timer_outlined),\n    const SizedBox(width: 4),\n    Text('${recipe.minutes} dk'),\n    const SizedBox(width: 24),\n    const Icon(Icons.people_outline),\n    const SizedBox(width: 4),\n    Text('${recipe.servings} kişilik'),\n  ],\n),",
  ["Row", "Icon", "recipe.minutes"], ["call Row(children)"])
T(R2, "content", "lists", "malzemeleri Chip olarak Wrap içinde göster",
  "const SizedBox(height: 16),\nWrap(\n  spacing: 8,\n  runSpacing: 4,\n  children: [\n    for (final ingredient in recipe.ingredients) Chip(label: Text(ingredient)),\n  ],\n),",
  ["Wrap", "Chip", "recipe.ingredients"], ["call Wrap > Chip"])
T(R2, "content", "theming", "Tarifin notunu temanın bodyMedium stilinde, italik ve gri göster",
  "const SizedBox(height: 16),\nText(\n  recipe.note,\n  style: theme.textTheme.bodyMedium?.copyWith(\n    fontStyle: FontStyle.italic,\n    color: theme.colorScheme.onSurfaceVariant,\n  ),\n),",
  ["theme.textTheme.bodyMedium", "FontStyle.italic", "copyWith"])
T(R2, "members", "dart_language", "Dakikayı '1 sa 15 dk' gibi okunur hale getiren bir yardımcı getter yaz",
  "String get _durationLabel {\n  final hours = recipe.minutes ~/ 60;\n  final minutes = recipe.minutes % 60;\n  if (hours == 0) return '$minutes dk';\n  return minutes == 0 ? '$hours sa' : '$hours sa $minutes dk';\n}",
  ["recipe.minutes", "~/", "%"])
T(R2, "members", "navigation", "Bu sayfayı açan static bir route metodu ekle",
  "static Route<void> route(Recipe recipe) {\n  return MaterialPageRoute(builder: (_) => RecipeDetailPage(recipe: recipe));\n}",
  ["static", "MaterialPageRoute", "RecipeDetailPage"])
T(R2, "members", "images_assets", "Resim yüklenemezse yer tutucu gösteren bir _buildImage metodu yaz",
  "Widget _buildImage() {\n  return Image.network(\n    recipe.imageUrl,\n    fit: BoxFit.cover,\n    errorBuilder: (context, error, stackTrace) => Image.asset('assets/images/recipe_placeholder.png', fit: BoxFit.cover),\n  );\n}",
  ["Image.network", "errorBuilder"], ["call Image.network(errorBuilder)"])

# ---------------------------------------------------------------- recipes: add recipe form
R3 = host("add_recipe", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

import '../models/recipe.dart';

class AddRecipePage extends StatefulWidget {
  const AddRecipePage({super.key, required this.onSaved});

  final ValueChanged<Recipe> onSaved;

  @override
  State<AddRecipePage> createState() => _AddRecipePageState();
}

class _AddRecipePageState extends State<AddRecipePage> {
  final _formKey = GlobalKey<FormState>();
  final _titleController = TextEditingController();
  final _minutesController = TextEditingController();
  final _titleFocus = FocusNode();
  String _category = 'Ana yemek';
  bool _vegetarian = false;
  %%members%%

  @override
  void dispose() {
    %%dispose%%
    super.dispose();
  }

  void _submit() {
    %%submit%%
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Yeni tarif')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _titleController,
              focusNode: _titleFocus,
              decoration: const InputDecoration(labelText: 'Tarif adı'),
              %%titleargs%%
            ),
            TextFormField(
              controller: _minutesController,
              decoration: const InputDecoration(labelText: 'Süre (dk)'),
              %%minutesargs%%
            ),
            %%fields%%
            const SizedBox(height: 24),
            FilledButton(
              onPressed: _submit,
              child: const Text('Kaydet'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    dispose="_titleController.dispose();\n_minutesController.dispose();\n_titleFocus.dispose();",
    submit="if (!_formKey.currentState!.validate()) return;\nwidget.onSaved(Recipe(\n  title: _titleController.text.trim(),\n  minutes: int.parse(_minutesController.text),\n  category: _category,\n  vegetarian: _vegetarian,\n));",
    titleargs="textInputAction: TextInputAction.next,",
    minutesargs="keyboardType: TextInputType.number,",
    fields="SwitchListTile(\n  title: const Text('Vejetaryen'),\n  value: _vegetarian,\n  onChanged: (value) => setState(() => _vegetarian = value),\n),",
)

T(R3, "dispose", "forms", "text controller'ları ve focus node'u temizle",
  "_titleController.dispose();\n_minutesController.dispose();\n_titleFocus.dispose();",
  ["_titleController.dispose", "_minutesController.dispose", "_titleFocus.dispose"])
T(R3, "submit", "forms", "Form geçerliyse Recipe oluşturup widget.onSaved ile gönder ve sayfayı kapat",
  "if (!_formKey.currentState!.validate()) return;\nwidget.onSaved(Recipe(\n  title: _titleController.text.trim(),\n  minutes: int.parse(_minutesController.text),\n  category: _category,\n  vegetarian: _vegetarian,\n));\nNavigator.of(context).pop();",
  ["_formKey.currentState", "validate", "widget.onSaved", "pop"])
T(R3, "submit", "forms", "Form hatalıysa bir SnackBar ile uyar, değilse formu kaydet",
  "final form = _formKey.currentState!;\nif (!form.validate()) {\n  ScaffoldMessenger.of(context).showSnackBar(\n    const SnackBar(content: Text('Lütfen alanları kontrol edin')),\n  );\n  return;\n}\nform.save();",
  ["validate", "showSnackBar", "save"])
T(R3, "submit", "forms", "kaydetmeden once klavyeyi kapat, sonra validate et",
  "FocusScope.of(context).unfocus();\nif (!_formKey.currentState!.validate()) return;\nwidget.onSaved(Recipe(\n  title: _titleController.text.trim(),\n  minutes: int.parse(_minutesController.text),\n  category: _category,\n  vegetarian: _vegetarian,\n));",
  ["unfocus", "validate"])
T(R3, "titleargs", "forms", "Boş bırakılırsa 'Tarif adı gerekli' hatası versin",
  "validator: (value) {\n  if (value == null || value.trim().isEmpty) return 'Tarif adı gerekli';\n  return null;\n},",
  ["validator"])
T(R3, "titleargs", "forms", "En fazla 60 karakter girilebilsin ve sayaç görünsün",
  "maxLength: 60,", ["maxLength"])
T(R3, "titleargs", "forms", "Enter'a basınca süre alanına geçmesin, direkt formu göndersin",
  "textInputAction: TextInputAction.done,\nonFieldSubmitted: (_) => _submit(),",
  ["onFieldSubmitted", "_submit"])
T(R3, "minutesargs", "forms", "Sadece rakam girilebilsin ve en fazla 3 hane olsun",
  "keyboardType: TextInputType.number,\ninputFormatters: [\n  FilteringTextInputFormatter.digitsOnly,\n  LengthLimitingTextInputFormatter(3),\n],",
  ["inputFormatters", "FilteringTextInputFormatter.digitsOnly", "LengthLimitingTextInputFormatter"])
T(R3, "minutesargs", "forms", "Süre 1 ile 600 arasında değilse hata mesajı göster",
  "keyboardType: TextInputType.number,\nvalidator: (value) {\n  final minutes = int.tryParse(value ?? '');\n  if (minutes == null || minutes < 1 || minutes > 600) {\n    return '1 ile 600 arasında bir süre girin';\n  }\n  return null;\n},",
  ["validator", "int.tryParse"])
T(R3, "fields", "forms", "Kategori için DropdownButtonFormField ekle: Çorba, Ana yemek, Tatlı",
  "DropdownButtonFormField<String>(\n  value: _category,\n  decoration: const InputDecoration(labelText: 'Kategori'),\n  items: const [\n    DropdownMenuItem(value: 'Çorba', child: Text('Çorba')),\n    DropdownMenuItem(value: 'Ana yemek', child: Text('Ana yemek')),\n    DropdownMenuItem(value: 'Tatlı', child: Text('Tatlı')),\n  ],\n  onChanged: (value) => setState(() => _category = value!),\n),",
  ["DropdownButtonFormField", "DropdownMenuItem", "_category"], ["call DropdownButtonFormField(items, onChanged)"])
T(R3, "fields", "forms", "vejetaryen mi diye bir checkbox koy",
  "CheckboxListTile(\n  title: const Text('Vejetaryen'),\n  value: _vegetarian,\n  onChanged: (value) => setState(() => _vegetarian = value ?? false),\n),",
  ["CheckboxListTile | Checkbox", "_vegetarian", "setState"])
T(R3, "fields", "widgets_layout", "Kategoriler için ChoiceChip'lerden oluşan yatay bir seçim alanı koy",
  "Wrap(\n  spacing: 8,\n  children: [\n    for (final category in const ['Çorba', 'Ana yemek', 'Tatlı'])\n      ChoiceChip(\n        label: Text(category),\n        selected: _category == category,\n        onSelected: (_) => setState(() => _category = category),\n      ),\n  ],\n),",
  ["ChoiceChip", "selected", "_category"], ["call ChoiceChip(selected, onSelected)"])
T(R3, "members", "forms", "Formda değişiklik varken geri çıkılmak istenirse uyarmak için bir _hasChanges getter'ı yaz",
  "bool get _hasChanges =>\n    _titleController.text.isNotEmpty || _minutesController.text.isNotEmpty;",
  ["_titleController.text", "_minutesController.text"])
T(R3, "members", "navigation", "Çıkmadan önce 'Değişiklikler kaybolacak' diye soran bir dialog metodu ekle, bool döndürsün",
  "Future<bool> _confirmDiscard() async {\n  final result = await showDialog<bool>(\n    context: context,\n    builder: (context) => AlertDialog(\n      title: const Text('Değişiklikler kaybolacak'),\n      actions: [\n        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),\n        TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çık')),\n      ],\n    ),\n  );\n  return result ?? false;\n}",
  ["showDialog", "AlertDialog", "Future<bool>"])

# ---------------------------------------------------------------- recipes: model with JSON
R4 = host("recipe_model", r"""
import 'dart:convert';

%%top%%

class Recipe {
  const Recipe({
    required this.id,
    required this.title,
    required this.minutes,
    required this.ingredients,
    this.imageUrl,
    this.rating = 0,
  });

  final String id;
  final String title;
  final int minutes;
  final List<String> ingredients;
  final String? imageUrl;
  final double rating;

  factory Recipe.fromJson(Map<String, dynamic> json) {
    %%fromjson%%
  }

  Map<String, dynamic> toJson() {
    %%tojson%%
  }

  %%members%%
}

List<Recipe> parseRecipes(String body) {
  %%parse%%
}
""",
    fromjson="return Recipe(\n  id: json['id'] as String,\n  title: json['title'] as String,\n  minutes: json['minutes'] as int,\n  ingredients: List<String>.from(json['ingredients'] as List),\n  imageUrl: json['image_url'] as String?,\n  rating: (json['rating'] as num?)?.toDouble() ?? 0,\n);",
    tojson="return {\n  'id': id,\n  'title': title,\n  'minutes': minutes,\n  'ingredients': ingredients,\n  'image_url': imageUrl,\n  'rating': rating,\n};",
    parse="final data = jsonDecode(body) as List<dynamic>;\nreturn data.map((e) => Recipe.fromJson(e as Map<String, dynamic>)).toList();",
)

T(R4, "fromjson", "http_json", "JSON map'ten Recipe oluştur; image_url ve rating boş gelebilir",
  "return Recipe(\n  id: json['id'] as String,\n  title: json['title'] as String,\n  minutes: json['minutes'] as int,\n  ingredients: List<String>.from(json['ingredients'] as List),\n  imageUrl: json['image_url'] as String?,\n  rating: (json['rating'] as num?)?.toDouble() ?? 0,\n);",
  ["return Recipe", "toDouble"], checks=["literal 'image_url'"])
T(R4, "fromjson", "dart_language", "Dart 3 pattern matching ile json'u çözümle, uymazsa FormatException fırlat",
  "if (json case {\n  'id': String id,\n  'title': String title,\n  'minutes': int minutes,\n  'ingredients': List<dynamic> ingredients,\n}) {\n  return Recipe(\n    id: id,\n    title: title,\n    minutes: minutes,\n    ingredients: ingredients.cast<String>(),\n    imageUrl: json['image_url'] as String?,\n  );\n}\nthrow FormatException('Geçersiz tarif: $json');",
  ["case", "FormatException", "return Recipe"])
T(R4, "fromjson", "http_json", "api bazen minutes'u string gonderiyor, ikisini de kabul ederek recipe don",
  "final rawMinutes = json['minutes'];\nreturn Recipe(\n  id: json['id'] as String,\n  title: json['title'] as String,\n  minutes: rawMinutes is int ? rawMinutes : int.parse(rawMinutes.toString()),\n  ingredients: List<String>.from(json['ingredients'] as List),\n  imageUrl: json['image_url'] as String?,\n);",
  ["is int", "int.parse | int.tryParse", "return Recipe"])
T(R4, "tojson", "http_json", "Recipe'yi JSON map'e çevir, alan adları snake_case olsun",
  "return {\n  'id': id,\n  'title': title,\n  'minutes': minutes,\n  'ingredients': ingredients,\n  'image_url': imageUrl,\n  'rating': rating,\n};",
  ["return", "ingredients"], checks=["literal 'image_url'"])
T(R4, "tojson", "http_json", "null olan imageUrl'i json'a hiç koyma",
  "return {\n  'id': id,\n  'title': title,\n  'minutes': minutes,\n  'ingredients': ingredients,\n  if (imageUrl != null) 'image_url': imageUrl,\n  'rating': rating,\n};",
  ["if (imageUrl != null)"], checks=["literal 'image_url'"])
T(R4, "members", "dart_language", "copyWith metodu ekle",
  "Recipe copyWith({\n  String? id,\n  String? title,\n  int? minutes,\n  List<String>? ingredients,\n  String? imageUrl,\n  double? rating,\n}) {\n  return Recipe(\n    id: id ?? this.id,\n    title: title ?? this.title,\n    minutes: minutes ?? this.minutes,\n    ingredients: ingredients ?? this.ingredients,\n    imageUrl: imageUrl ?? this.imageUrl,\n    rating: rating ?? this.rating,\n  );\n}",
  ["copyWith", "this.title", "??"])
T(R4, "members", "dart_language", "İki tarif id'leri aynıysa eşit sayılsın; == ve hashCode'u override et",
  "@override\nbool operator ==(Object other) => other is Recipe && other.id == id;\n\n@override\nint get hashCode => id.hashCode;",
  ["operator ==", "hashCode", "other.id"])
T(R4, "members", "testing", "Debug çıktısı okunur olsun, toString'i ezip başlık ve süreyi yazdır",
  "@override\nString toString() => 'Recipe($id, $title, $minutes dk)';",
  ["toString", "@override"])
T(R4, "members", "dart_language", "Tarif 30 dakikadan kısaysa true dönen isQuick getter'ı",
  "bool get isQuick => minutes < 30;", ["isQuick", "minutes"])
T(R4, "parse", "http_json", "Gelen body bir JSON dizisi; Recipe listesine çevir",
  "final data = jsonDecode(body) as List<dynamic>;\nreturn data.map((e) => Recipe.fromJson(e as Map<String, dynamic>)).toList();",
  ["jsonDecode", "Recipe.fromJson", "toList"])
T(R4, "parse", "http_json", "Body {\"recipes\": [...]} şeklinde geliyor, içindeki listeyi parse et",
  "final data = jsonDecode(body) as Map<String, dynamic>;\nfinal items = data['recipes'] as List<dynamic>;\nreturn items.map((e) => Recipe.fromJson(e as Map<String, dynamic>)).toList();",
  ["jsonDecode", "as Map<String, dynamic>", "Recipe.fromJson"])
T(R4, "parse", "performance", "hatalı kayıtlar tüm listeyi bozmasın, parse edilemeyenleri atla",
  "final data = jsonDecode(body) as List<dynamic>;\nfinal recipes = <Recipe>[];\nfor (final item in data) {\n  try {\n    recipes.add(Recipe.fromJson(item as Map<String, dynamic>));\n  } catch (_) {\n    continue;\n  }\n}\nreturn recipes;",
  ["jsonDecode", "try", "catch", "Recipe.fromJson"])
T(R4, "top", "performance", "Büyük JSON'u arayüzü dondurmadan ayrıştırmak için compute ile çalışan bir fonksiyon yaz",
  "Future<List<Recipe>> parseRecipesInBackground(String body) {\n  return compute(parseRecipes, body);\n}",
  ["compute", "parseRecipes"])
T(R4, "top", "dart_language", "Tarif için sealed bir sonuç tipi tanımla: yükleniyor, başarılı, hata",
  "sealed class RecipeResult {\n  const RecipeResult();\n}\n\nclass RecipeLoading extends RecipeResult {\n  const RecipeLoading();\n}\n\nclass RecipeSuccess extends RecipeResult {\n  const RecipeSuccess(this.recipes);\n  final List<Recipe> recipes;\n}\n\nclass RecipeFailure extends RecipeResult {\n  const RecipeFailure(this.message);\n  final String message;\n}",
  ["sealed class", "extends"])

# ---------------------------------------------------------------- recipes: repository (http + cache)
R5 = host("recipe_repo", r"""
import 'dart:async';
import 'dart:convert';
import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:shared_preferences/shared_preferences.dart';

import '../models/recipe.dart';

%%top%%

class RecipeRepository {
  RecipeRepository({http.Client? client, required this.prefs})
      : _client = client ?? http.Client();

  static const _baseUrl = 'api.tarifdefteri.app';
  static const _cacheKey = 'cached_recipes';

  final http.Client _client;
  final SharedPreferences prefs;
  %%members%%

  Future<List<Recipe>> fetchRecipes({String query = ''}) async {
    %%fetch%%
  }

  Future<Recipe> fetchRecipe(String id) async {
    final response = await _client.get(Uri.https(_baseUrl, '/v1/recipes/$id'));
    %%fetchone%%
  }

  Future<void> deleteRecipe(String id) async {
    %%delete%%
  }

  void close() => _client.close();
}
""",
    fetch="final uri = Uri.https(_baseUrl, '/v1/recipes', {'q': query});\nfinal response = await _client.get(uri);\nfinal list = jsonDecode(response.body) as List<dynamic>;\nreturn list.map((e) => Recipe.fromJson(e as Map<String, dynamic>)).toList();",
    fetchone="return Recipe.fromJson(jsonDecode(response.body) as Map<String, dynamic>);",
    delete="await _client.delete(Uri.https(_baseUrl, '/v1/recipes/$id'));",
)

T(R5, "fetch", "http_json", "q parametresiyle GET at, 200 değilse HttpException fırlat, listeyi döndür",
  "final uri = Uri.https(_baseUrl, '/v1/recipes', {'q': query});\nfinal response = await _client.get(uri);\nif (response.statusCode != 200) {\n  throw HttpException('Tarifler alınamadı: ${response.statusCode}');\n}\nfinal list = jsonDecode(response.body) as List<dynamic>;\nreturn list.map((e) => Recipe.fromJson(e as Map<String, dynamic>)).toList();",
  ["_client.get", "Uri.https", "statusCode", "jsonDecode", "Recipe.fromJson"])
T(R5, "fetch", "storage", "İnternetten çek, başarılı olursa cevabı prefs'e cache'le; hata olursa cache'den dön",
  "try {\n  final response = await _client.get(Uri.https(_baseUrl, '/v1/recipes', {'q': query}));\n  if (response.statusCode == 200) {\n    await prefs.setString(_cacheKey, response.body);\n    final list = jsonDecode(response.body) as List<dynamic>;\n    return list.map((e) => Recipe.fromJson(e as Map<String, dynamic>)).toList();\n  }\n} on SocketException {\n  // offline: fall back to the cache below\n}\nfinal cached = prefs.getString(_cacheKey);\nif (cached == null) return [];\nfinal list = jsonDecode(cached) as List<dynamic>;\nreturn list.map((e) => Recipe.fromJson(e as Map<String, dynamic>)).toList();",
  ["prefs.setString", "prefs.getString", "_cacheKey", "_client.get"])
T(R5, "fetch", "async", "İstek 10 saniyede cevap vermezse TimeoutException'a düşsün",
  "final uri = Uri.https(_baseUrl, '/v1/recipes', {'q': query});\nfinal response = await _client.get(uri).timeout(const Duration(seconds: 10));\nfinal list = jsonDecode(response.body) as List<dynamic>;\nreturn list.map((e) => Recipe.fromJson(e as Map<String, dynamic>)).toList();",
  [".timeout", "Duration", "_client.get"])
T(R5, "fetchone", "http_json", "404 gelirse 'Tarif bulunamadı' hatası ver, 200 ise Recipe'ye çevir",
  "if (response.statusCode == 404) {\n  throw Exception('Tarif bulunamadı');\n}\nif (response.statusCode != 200) {\n  throw HttpException('HTTP ${response.statusCode}');\n}\nreturn Recipe.fromJson(jsonDecode(response.body) as Map<String, dynamic>);",
  ["statusCode", "404", "throw", "Recipe.fromJson"])
T(R5, "fetchone", "http_json", "Türkçe karakterler bozuk geliyor, body'yi utf8 ile çöz",
  "final body = utf8.decode(response.bodyBytes);\nreturn Recipe.fromJson(jsonDecode(body) as Map<String, dynamic>);",
  ["utf8.decode", "response.bodyBytes", "Recipe.fromJson"])
T(R5, "delete", "http_json", "DELETE isteği at, 204 dışında bir kod gelirse hata fırlat",
  "final response = await _client.delete(Uri.https(_baseUrl, '/v1/recipes/$id'));\nif (response.statusCode != 204) {\n  throw HttpException('Silinemedi: ${response.statusCode}');\n}",
  ["_client.delete", "statusCode", "204", "throw"])
T(R5, "delete", "storage", "Sunucudan sildikten sonra cache'i de temizle",
  "await _client.delete(Uri.https(_baseUrl, '/v1/recipes/$id'));\nawait prefs.remove(_cacheKey);",
  ["_client.delete", "prefs.remove", "_cacheKey"])
T(R5, "members", "http_json", "Yeni tarifi JSON olarak POST eden bir createRecipe metodu yaz",
  "Future<Recipe> createRecipe(Recipe recipe) async {\n  final response = await _client.post(\n    Uri.https(_baseUrl, '/v1/recipes'),\n    headers: {'Content-Type': 'application/json'},\n    body: jsonEncode(recipe.toJson()),\n  );\n  if (response.statusCode != 201) {\n    throw HttpException('Oluşturulamadı: ${response.statusCode}');\n  }\n  return Recipe.fromJson(jsonDecode(response.body) as Map<String, dynamic>);\n}",
  ["_client.post", "jsonEncode", "toJson", "headers"], ["call _client.post(headers, body)"])
T(R5, "members", "storage", "Son arama sorgusunu kaydedip okuyan iki metot ekle",
  "static const _lastQueryKey = 'last_query';\n\nFuture<void> saveLastQuery(String query) => prefs.setString(_lastQueryKey, query);\n\nString get lastQuery => prefs.getString(_lastQueryKey) ?? '';",
  ["prefs.setString", "prefs.getString"])
T(R5, "members", "async", "Tarif listesini her 5 dakikada bir yayınlayan bir Stream ekle",
  "Stream<List<Recipe>> watchRecipes() async* {\n  while (true) {\n    yield await fetchRecipes();\n    await Future<void>.delayed(const Duration(minutes: 5));\n  }\n}",
  ["Stream<List<Recipe>>", "async*", "yield", "fetchRecipes"])
T(R5, "top", "http_json", "API hataları için statusCode ve mesaj taşıyan bir exception sınıfı tanımla",
  "class RecipeApiException implements Exception {\n  const RecipeApiException(this.statusCode, this.message);\n\n  final int statusCode;\n  final String message;\n\n  @override\n  String toString() => 'RecipeApiException($statusCode): $message';\n}",
  ["implements Exception", "statusCode"])
T(R5, "top", "dart_language", "Tarif listesini id'ye göre Map'e çeviren küçük bir yardımcı fonksiyon yaz",
  "Map<String, Recipe> indexById(List<Recipe> recipes) => {\n  for (final recipe in recipes) recipe.id: recipe,\n};",
  ["Map<String, Recipe>", "for", "recipe.id | r.id | e.id"])
T(R5, "top", "async", "Başarısız olursa 3 kere deneyen, her denemede bekleme süresini ikiye katlayan genel bir retry fonksiyonu",
  "Future<T> retry<T>(Future<T> Function() action, {int attempts = 3}) async {\n  var delay = const Duration(milliseconds: 500);\n  for (var i = 1; ; i++) {\n    try {\n      return await action();\n    } catch (_) {\n      if (i >= attempts) rethrow;\n      await Future<void>.delayed(delay);\n      delay *= 2;\n    }\n  }\n}",
  ["Future<T>", "Future.delayed | Future<void>.delayed", "rethrow | throw"])

# ---------------------------------------------------------------- recipes: favorites ChangeNotifier
R6 = host("favorites", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';
import 'package:shared_preferences/shared_preferences.dart';

%%top%%

class FavoritesNotifier extends ChangeNotifier {
  FavoritesNotifier(this._prefs) {
    %%ctor%%
  }

  static const _key = 'favorite_recipe_ids';

  final SharedPreferences _prefs;
  final Set<String> _ids = {};

  Set<String> get ids => Set.unmodifiable(_ids);

  bool isFavorite(String id) => _ids.contains(id);

  void toggle(String id) {
    %%toggle%%
  }

  %%members%%
}
""",
    ctor="_ids.addAll(_prefs.getStringList(_key) ?? const []);",
    toggle="if (!_ids.remove(id)) _ids.add(id);\n_prefs.setStringList(_key, _ids.toList());\nnotifyListeners();",
)

T(R6, "ctor", "storage", "Kayıtlı favori id'lerini SharedPreferences'tan yükle",
  "_ids.addAll(_prefs.getStringList(_key) ?? const []);", ["_prefs.getStringList", "_key", "_ids"])
T(R6, "toggle", "state", "id favorideyse çıkar yoksa ekle, dinleyenleri haberdar et",
  "if (_ids.contains(id)) {\n  _ids.remove(id);\n} else {\n  _ids.add(id);\n}\nnotifyListeners();",
  ["_ids.remove", "_ids.add", "notifyListeners"])
T(R6, "toggle", "storage", "Değiştirdikten sonra listeyi prefs'e yaz ve notifyListeners çağır",
  "if (!_ids.remove(id)) _ids.add(id);\n_prefs.setStringList(_key, _ids.toList());\nnotifyListeners();",
  ["_prefs.setStringList", "_key", "notifyListeners"])
T(R6, "members", "state", "Tüm favorileri temizleyen bir clear metodu yaz",
  "Future<void> clear() async {\n  _ids.clear();\n  await _prefs.remove(_key);\n  notifyListeners();\n}",
  ["_ids.clear", "notifyListeners"])
T(R6, "members", "state", "Favori sayısını veren count getter'ı",
  "int get count => _ids.length;", ["_ids.length"])
T(R6, "members", "storage", "dispose edilirken son durumu diske kaydet",
  "@override\nvoid dispose() {\n  _prefs.setStringList(_key, _ids.toList());\n  super.dispose();\n}",
  ["dispose", "_prefs.setStringList", "super.dispose"])
T(R6, "top", "state", "Bu notifier'ı uygulamanın en üstünde sağlayan bir ChangeNotifierProvider'lı widget yaz",
  "class FavoritesScope extends StatelessWidget {\n  const FavoritesScope({super.key, required this.prefs, required this.child});\n\n  final SharedPreferences prefs;\n  final Widget child;\n\n  @override\n  Widget build(BuildContext context) {\n    return ChangeNotifierProvider(\n      create: (_) => FavoritesNotifier(prefs),\n      child: child,\n    );\n  }\n}",
  ["ChangeNotifierProvider", "FavoritesNotifier"], ["call ChangeNotifierProvider(create, child)"])
T(R6, "top", "state", "Favori durumunu dinleyip dolu/boş kalp gösteren, basınca toggle eden bir FavoriteButton widget'ı yaz",
  "class FavoriteButton extends StatelessWidget {\n  const FavoriteButton({super.key, required this.recipeId});\n\n  final String recipeId;\n\n  @override\n  Widget build(BuildContext context) {\n    final isFavorite = context.watch<FavoritesNotifier>().isFavorite(recipeId);\n    return IconButton(\n      icon: Icon(isFavorite ? Icons.favorite : Icons.favorite_border),\n      onPressed: () => context.read<FavoritesNotifier>().toggle(recipeId),\n    );\n  }\n}",
  ["context.watch<FavoritesNotifier> | Consumer<FavoritesNotifier> | context.select", "toggle", "IconButton"], ["extends StatelessWidget | StatefulWidget"])

# ---------------------------------------------------------------- recipes: cooking timer (animations, async)
R7 = host("cooking_timer", r"""
import 'dart:async';

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:wakelock_plus/wakelock_plus.dart';

class CookingTimerPage extends StatefulWidget {
  const CookingTimerPage({super.key, required this.stepTitle, required this.duration});

  final String stepTitle;
  final Duration duration;

  @override
  State<CookingTimerPage> createState() => _CookingTimerPageState();
}

class _CookingTimerPageState extends State<CookingTimerPage>
    with SingleTickerProviderStateMixin {
  late final AnimationController _progress;
  Timer? _ticker;
  late Duration _remaining;
  bool _running = false;
  %%members%%

  @override
  void initState() {
    super.initState();
    _remaining = widget.duration;
    %%init%%
  }

  void _start() {
    %%start%%
  }

  @override
  void dispose() {
    %%dispose%%
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.stepTitle)),
      body: Center(
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            SizedBox(
              width: 200,
              height: 200,
              child: AnimatedBuilder(
                animation: _progress,
                builder: (context, child) {
                  %%builder%%
                },
              ),
            ),
            const SizedBox(height: 24),
            Text(
              '${_remaining.inMinutes}:${(_remaining.inSeconds % 60).toString().padLeft(2, '0')}',
              %%textargs%%
            ),
            %%buttons%%
          ],
        ),
      ),
    );
  }
}
""",
    init="_progress = AnimationController(vsync: this, duration: widget.duration);",
    start="setState(() => _running = true);\n_progress.forward();",
    dispose="_ticker?.cancel();\n_progress.dispose();",
    builder="return CircularProgressIndicator(value: 1 - _progress.value, strokeWidth: 8);",
    buttons="FilledButton.icon(\n  onPressed: _running ? null : _start,\n  icon: const Icon(Icons.play_arrow),\n  label: const Text('Başlat'),\n),",
)

T(R7, "init", "animations", "AnimationController'ı widget.duration süresiyle oluştur",
  "_progress = AnimationController(vsync: this, duration: widget.duration);",
  ["AnimationController", "vsync: this", "widget.duration"], ["call AnimationController(vsync, duration)"])
T(R7, "init", "animations", "controller bitince (completed) telefonu titret",
  "_progress = AnimationController(vsync: this, duration: widget.duration)\n  ..addStatusListener((status) {\n    if (status == AnimationStatus.completed) {\n      HapticFeedback.heavyImpact();\n    }\n  });",
  ["AnimationController", "addStatusListener", "AnimationStatus.completed", "HapticFeedback"])
T(R7, "start", "async", "Her saniye _remaining'i bir saniye azaltan periyodik Timer başlat, sıfır olunca durdur",
  "setState(() => _running = true);\n_progress.forward();\n_ticker = Timer.periodic(const Duration(seconds: 1), (timer) {\n  if (_remaining.inSeconds <= 1) {\n    timer.cancel();\n    setState(() {\n      _remaining = Duration.zero;\n      _running = false;\n    });\n    return;\n  }\n  setState(() => _remaining -= const Duration(seconds: 1));\n});",
  ["Timer.periodic", "cancel", "_remaining", "setState"])
T(R7, "start", "animations", "Kaldığı yerden devam etsin, animasyonu forward ile başlat",
  "setState(() => _running = true);\n_progress.forward(from: _progress.value);",
  ["_progress.forward"])
T(R7, "dispose", "async", "timer'ı iptal et, animasyon controller'ını da dispose et",
  "_ticker?.cancel();\n_progress.dispose();", ["_ticker?.cancel | _ticker!.cancel", "_progress.dispose"])
T(R7, "builder", "animations", "İlerlemeyi dairesel gösterge olarak çiz, kalan kısmı göstersin",
  "return CircularProgressIndicator(\n  value: 1 - _progress.value,\n  strokeWidth: 8,\n);",
  ["CircularProgressIndicator", "_progress.value"], ["call CircularProgressIndicator(value)"])
T(R7, "builder", "animations", "süre ilerledikçe rengi yeşilden kırmızıya geçen bir daire göster",
  "final color = Color.lerp(Colors.green, Colors.red, _progress.value)!;\nreturn DecoratedBox(\n  decoration: BoxDecoration(color: color, shape: BoxShape.circle),\n);",
  ["Color.lerp", "_progress.value", "BoxShape.circle"])
T(R7, "builder", "theming", "Göstergenin rengi temanın primary rengi, arka izi surfaceContainerHighest olsun",
  "final scheme = Theme.of(context).colorScheme;\nreturn CircularProgressIndicator(\n  value: 1 - _progress.value,\n  strokeWidth: 8,\n  color: scheme.primary,\n  backgroundColor: scheme.surfaceContainerHighest,\n);",
  ["Theme.of(context).colorScheme", "primary", "backgroundColor"])
T(R7, "textargs", "theming", "Sayaç yazısı temanın displayMedium stilinde olsun",
  "style: Theme.of(context).textTheme.displayMedium,", ["Theme.of(context).textTheme.displayMedium"])
T(R7, "textargs", "performance", "rakamlar değişince yazı titremesin, tabular rakam kullan",
  "style: const TextStyle(\n  fontSize: 48,\n  fontFeatures: [FontFeature.tabularFigures()],\n),",
  ["FontFeature.tabularFigures"])
T(R7, "buttons", "animations", "Duraklat/devam butonu ekle, ikon play ile pause arasında animasyonla değişsin",
  "IconButton(\n  iconSize: 48,\n  onPressed: () {\n    setState(() => _running = !_running);\n    _running ? _progress.forward() : _progress.stop();\n  },\n  icon: AnimatedSwitcher(\n    duration: const Duration(milliseconds: 200),\n    child: Icon(\n      _running ? Icons.pause : Icons.play_arrow,\n      key: ValueKey(_running),\n    ),\n  ),\n),",
  ["AnimatedSwitcher", "ValueKey", "_progress.stop"], ["call AnimatedSwitcher(duration, child)"])
T(R7, "buttons", "widgets_layout", "Başlat ve Sıfırla butonlarını yan yana, aralarında 12 boşlukla koy",
  "Row(\n  mainAxisSize: MainAxisSize.min,\n  children: [\n    FilledButton(\n      onPressed: _running ? null : _start,\n      child: const Text('Başlat'),\n    ),\n    const SizedBox(width: 12),\n    OutlinedButton(\n      onPressed: () {\n        _ticker?.cancel();\n        _progress.reset();\n        setState(() {\n          _remaining = widget.duration;\n          _running = false;\n        });\n      },\n      child: const Text('Sıfırla'),\n    ),\n  ],\n),",
  ["Row", "SizedBox", "_progress.reset"], ["call Row(children)"])
T(R7, "members", "animations", "Süre bitince yazıyı büyütüp küçültecek bir pulse animasyonu için Tween tanımla",
  "late final Animation<double> _pulse = Tween<double>(begin: 1, end: 1.2).animate(\n  CurvedAnimation(parent: _progress, curve: Curves.elasticOut),\n);",
  ["Tween<double> | Tween", "CurvedAnimation", "_progress"])
T(R7, "members", "platform", "Ekran zamanlayıcı çalışırken kapanmasın diye wakelock açıp kapatan iki metot",
  "void _keepScreenOn() => WakelockPlus.enable();\n\nvoid _allowScreenOff() => WakelockPlus.disable();",
  ["WakelockPlus.enable", "WakelockPlus.disable"])

# ---------------------------------------------------------------- recipes: widget tests
R8 = host("recipe_tests", r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:tarif_defteri/models/recipe.dart';
import 'package:tarif_defteri/widgets/recipe_card.dart';

%%top%%

void main() {
  const recipe = Recipe(
    id: 'r1',
    title: 'Mercimek Çorbası',
    minutes: 35,
    ingredients: ['mercimek', 'soğan', 'havuç'],
  );

  Widget wrap(Widget child) => MaterialApp(home: Scaffold(body: child));

  %%main%%

  testWidgets('shows the recipe title', (tester) async {
    await tester.pumpWidget(wrap(const RecipeCard(recipe: recipe)));
    %%titletest%%
  });

  testWidgets('tapping the card calls onTap', (tester) async {
    var tapped = false;
    await tester.pumpWidget(wrap(RecipeCard(recipe: recipe, onTap: () => tapped = true)));
    %%taptest%%
  });
}
""",
    titletest="expect(find.text('Mercimek Çorbası'), findsOneWidget);",
    taptest="await tester.tap(find.byType(RecipeCard));\nexpect(tapped, isTrue);",
)

T(R8, "titletest", "testing", "Başlığın ve '35 dk' yazısının ekranda bir kez göründüğünü doğrula",
  "expect(find.text('Mercimek Çorbası'), findsOneWidget);\nexpect(find.text('35 dk'), findsOneWidget);",
  ["expect", "find.text", "findsOneWidget"])
T(R8, "titletest", "testing", "kartta bir Image widget'ı olmadığını test et çünkü imageUrl null",
  "expect(find.byType(Image), findsNothing);", ["find.byType", "Image", "findsNothing"])
T(R8, "titletest", "testing", "Golden testi yap, kartın görüntüsünü recipe_card.png ile karşılaştır",
  "await expectLater(\n  find.byType(RecipeCard),\n  matchesGoldenFile('goldens/recipe_card.png'),\n);",
  ["expectLater", "matchesGoldenFile"])
T(R8, "taptest", "testing", "Karta dokun ve callback'in çağrıldığını kontrol et",
  "await tester.tap(find.byType(RecipeCard));\nawait tester.pump();\nexpect(tapped, isTrue);",
  ["tester.tap", "expect", "tapped"])
T(R8, "taptest", "testing", "Uzun basınca değil kısa dokununca tetiklendiğini göster: önce longPress yapıp false, sonra tap yapıp true bekle",
  "await tester.longPress(find.byType(RecipeCard));\nexpect(tapped, isFalse);\nawait tester.tap(find.byType(RecipeCard));\nexpect(tapped, isTrue);",
  ["tester.longPress", "tester.tap", "isFalse", "isTrue"])
T(R8, "main", "testing", "Küçük ekranda (320x640) taşma olmadığını test eden bir testWidgets ekle",
  "testWidgets('does not overflow on small screens', (tester) async {\n  tester.view.physicalSize = const Size(320, 640);\n  tester.view.devicePixelRatio = 1;\n  addTearDown(tester.view.reset);\n  await tester.pumpWidget(wrap(const RecipeCard(recipe: recipe)));\n  expect(tester.takeException(), isNull);\n});",
  ["testWidgets", "tester.view.physicalSize", "addTearDown", "takeException"])
T(R8, "main", "testing", "Recipe.fromJson için bir birim testi yaz, toJson'dan geri dönünce aynı başlık gelsin",
  "test('fromJson(toJson()) keeps the title', () {\n  final copy = Recipe.fromJson(recipe.toJson());\n  expect(copy.title, recipe.title);\n});",
  ["test", "Recipe.fromJson", "toJson", "expect"])
T(R8, "main", "testing", "Her testten önce çalışan bir setUp koy, golden dosyaları için ekran boyutunu ayarlasın",
  "setUp(() {\n  final binding = TestWidgetsFlutterBinding.ensureInitialized();\n  binding.platformDispatcher.views.first.physicalSize = const Size(1080, 1920);\n});",
  ["setUp", "TestWidgetsFlutterBinding.ensureInitialized"])
T(R8, "main", "testing", "Karanlık temada da kartın render edildiğini test et",
  "testWidgets('renders in dark theme', (tester) async {\n  await tester.pumpWidget(\n    MaterialApp(\n      theme: ThemeData.dark(),\n      home: const Scaffold(body: RecipeCard(recipe: recipe)),\n    ),\n  );\n  expect(find.byType(RecipeCard), findsOneWidget);\n});",
  ["testWidgets", "ThemeData.dark | Brightness.dark", "pumpWidget"])
T(R8, "top", "testing", "Testlerde ortak kullanılacak, verilen başlıkla sahte Recipe üreten bir fonksiyon",
  "Recipe fakeRecipe({String title = 'Test tarifi', int minutes = 10}) {\n  return Recipe(id: 'fake-$title', title: title, minutes: minutes, ingredients: const []);\n}",
  ["Recipe(", "title"])
T(R8, "top", "testing", "Bir widget'ı Material app içinde pompalayan WidgetTester extension'ı yaz",
  "extension PumpApp on WidgetTester {\n  Future<void> pumpApp(Widget widget) {\n    return pumpWidget(MaterialApp(home: Scaffold(body: widget)));\n  }\n}",
  ["extension", "on WidgetTester", "pumpWidget"])

# ---------------------------------------------------------------- recipes: home shell with navigation bar
R9 = host("recipe_home", r"""
import 'package:flutter/material.dart';
import 'package:animations/animations.dart';
import 'package:flutter/services.dart';

import 'recipe_list_page.dart';
import 'favorites_page.dart';
import 'shopping_list_page.dart';

%%top%%

class HomeShell extends StatefulWidget {
  const HomeShell({super.key});

  @override
  State<HomeShell> createState() => _HomeShellState();
}

class _HomeShellState extends State<HomeShell> {
  int _tab = 0;
  final _pages = const [RecipeListHost(), FavoritesPage(), ShoppingListPage()];
  %%members%%

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      %%scaffoldargs%%
      body: IndexedStack(index: _tab, children: _pages),
      bottomNavigationBar: NavigationBar(
        selectedIndex: _tab,
        onDestinationSelected: (index) {
          %%select%%
        },
        destinations: const [
          %%destinations%%
        ],
      ),
    );
  }
}
""",
    select="setState(() => _tab = index);",
    destinations="NavigationDestination(icon: Icon(Icons.restaurant_menu), label: 'Tarifler'),\nNavigationDestination(icon: Icon(Icons.favorite_border), label: 'Favoriler'),\nNavigationDestination(icon: Icon(Icons.shopping_cart_outlined), label: 'Alışveriş'),",
)

T(R9, "select", "navigation", "Seçilen sekmeye geç",
  "setState(() => _tab = index);", ["setState", "_tab = index"])
T(R9, "select", "lists", "Aynı sekmeye tekrar basılırsa ilk sayfadaki listeyi en başa kaydır",
  "if (index == _tab && index == 0) {\n  PrimaryScrollController.of(context).animateTo(\n    0,\n    duration: const Duration(milliseconds: 300),\n    curve: Curves.easeOut,\n  );\n  return;\n}\nsetState(() => _tab = index);",
  ["index == _tab", "animateTo", "setState"])
T(R9, "select", "platform", "sekme değişince hafif titreşim ver",
  "HapticFeedback.selectionClick();\nsetState(() => _tab = index);",
  ["HapticFeedback.selectionClick", "setState"])
T(R9, "destinations", "widgets_layout", "Tarifler, Favoriler ve Alışveriş sekmeleri; seçiliyken dolu ikon",
  "NavigationDestination(\n  icon: Icon(Icons.restaurant_menu_outlined),\n  selectedIcon: Icon(Icons.restaurant_menu),\n  label: 'Tarifler',\n),\nNavigationDestination(\n  icon: Icon(Icons.favorite_border),\n  selectedIcon: Icon(Icons.favorite),\n  label: 'Favoriler',\n),\nNavigationDestination(\n  icon: Icon(Icons.shopping_cart_outlined),\n  selectedIcon: Icon(Icons.shopping_cart),\n  label: 'Alışveriş',\n),",
  ["NavigationDestination", "selectedIcon"])
T(R9, "destinations", "state", "Alışveriş sekmesinde sepetteki ürün sayısını rozetle göster (şimdilik 3)",
  "NavigationDestination(icon: Icon(Icons.restaurant_menu), label: 'Tarifler'),\nNavigationDestination(icon: Icon(Icons.favorite_border), label: 'Favoriler'),\nNavigationDestination(\n  icon: Badge(label: Text('3'), child: Icon(Icons.shopping_cart_outlined)),\n  label: 'Alışveriş',\n),",
  ["Badge", "NavigationDestination"])
T(R9, "scaffoldargs", "widgets_layout", "Ortada yeni tarif eklemek için yüzen buton olsun",
  "floatingActionButton: FloatingActionButton(\n  onPressed: () => Navigator.of(context).pushNamed('/recipes/new'),\n  child: const Icon(Icons.add),\n),",
  ["floatingActionButton", "FloatingActionButton"])
T(R9, "scaffoldargs", "animations", "FAB sadece Tarifler sekmesinde görünsün, kaybolurken animasyonlu olsun",
  "floatingActionButton: AnimatedScale(\n  scale: _tab == 0 ? 1 : 0,\n  duration: const Duration(milliseconds: 200),\n  child: FloatingActionButton(\n    onPressed: () => Navigator.of(context).pushNamed('/recipes/new'),\n    child: const Icon(Icons.add),\n  ),\n),",
  ["floatingActionButton", "AnimatedScale", "_tab"])
T(R9, "scaffoldargs", "widgets_layout", "Sekmeye göre değişen başlıklı bir AppBar ekle",
  "appBar: AppBar(\n  title: Text(const ['Tarifler', 'Favoriler', 'Alışveriş'][_tab]),\n),",
  ["appBar", "AppBar", "_tab"])
T(R9, "members", "navigation", "Geri tuşuna basınca ilk sekmede değilsek ilk sekmeye dön, PopScope ile kullanacağım bir metot yaz",
  "void _handlePop(bool didPop, Object? result) {\n  if (didPop) return;\n  if (_tab != 0) {\n    setState(() => _tab = 0);\n  } else {\n    Navigator.of(context).maybePop();\n  }\n}",
  ["didPop", "_tab", "setState"])
T(R9, "members", "storage", "Son açık sekmeyi kaydetmek için PageStorageKey'li bir bucket tanımla",
  "final PageStorageBucket _bucket = PageStorageBucket();", ["PageStorageBucket"])
T(R9, "members", "state", "Başka yerden sekme değiştirebilmek için public bir goTo metodu",
  "void goTo(int index) {\n  if (index == _tab) return;\n  setState(() => _tab = index);\n}",
  ["setState", "_tab"])
T(R9, "top", "state", "Alt sayfalardan HomeShell'in sekmesini değiştirmek için InheritedWidget yaz",
  "class HomeTabScope extends InheritedWidget {\n  const HomeTabScope({super.key, required this.goTo, required super.child});\n\n  final ValueChanged<int> goTo;\n\n  static HomeTabScope of(BuildContext context) =>\n      context.dependOnInheritedWidgetOfExactType<HomeTabScope>()!;\n\n  @override\n  bool updateShouldNotify(HomeTabScope oldWidget) => goTo != oldWidget.goTo;\n}",
  ["extends InheritedWidget", "dependOnInheritedWidgetOfExactType", "updateShouldNotify"])
T(R9, "top", "navigation", "Sekme indeksleri için anlamlı isimler veren bir enum",
  "enum HomeTab { recipes, favorites, shopping }", ["enum"])
T(R9, "top", "widgets_layout", "Geniş ekranda NavigationRail, dar ekranda NavigationBar kullanan bir LayoutBuilder widget'ı yaz",
  "class AdaptiveNavigation extends StatelessWidget {\n  const AdaptiveNavigation({\n    super.key,\n    required this.index,\n    required this.onSelected,\n    required this.body,\n  });\n\n  final int index;\n  final ValueChanged<int> onSelected;\n  final Widget body;\n\n  @override\n  Widget build(BuildContext context) {\n    return LayoutBuilder(\n      builder: (context, constraints) {\n        if (constraints.maxWidth >= 600) {\n          return Row(\n            children: [\n              NavigationRail(\n                selectedIndex: index,\n                onDestinationSelected: onSelected,\n                destinations: const [\n                  NavigationRailDestination(icon: Icon(Icons.restaurant_menu), label: Text('Tarifler')),\n                  NavigationRailDestination(icon: Icon(Icons.favorite_border), label: Text('Favoriler')),\n                ],\n              ),\n              Expanded(child: body),\n            ],\n          );\n        }\n        return body;\n      },\n    );\n  }\n}",
  ["LayoutBuilder", "NavigationRail", "maxWidth"])

# ---------------------------------------------------------------- recipes: animated recipe card
R10 = host("recipe_card", r"""
import 'package:flutter/material.dart';

import '../models/recipe.dart';

%%top%%

class RecipeCard extends StatefulWidget {
  const RecipeCard({super.key, required this.recipe, this.onTap});

  final Recipe recipe;
  final VoidCallback? onTap;

  @override
  State<RecipeCard> createState() => _RecipeCardState();
}

class _RecipeCardState extends State<RecipeCard> {
  bool _pressed = false;
  bool _expanded = false;
  %%members%%

  @override
  Widget build(BuildContext context) {
    return GestureDetector(
      onTapDown: (_) => setState(() => _pressed = true),
      onTapUp: (_) => setState(() => _pressed = false),
      onTapCancel: () => setState(() => _pressed = false),
      onTap: widget.onTap,
      child: AnimatedContainer(
        duration: const Duration(milliseconds: 150),
        %%containerargs%%
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            %%cardchildren%%
            ListTile(
              title: Text(widget.recipe.title),
              trailing: IconButton(
                icon: Icon(_expanded ? Icons.expand_less : Icons.expand_more),
                onPressed: () {
                  %%expand%%
                },
              ),
            ),
            AnimatedCrossFade(
              duration: const Duration(milliseconds: 250),
              crossFadeState: _expanded ? CrossFadeState.showSecond : CrossFadeState.showFirst,
              firstChild: const SizedBox.shrink(),
              secondChild: Text(widget.recipe.ingredients.join(', ')),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    containerargs="margin: const EdgeInsets.all(8),\ntransform: Matrix4.diagonal3Values(_pressed ? 0.97 : 1, _pressed ? 0.97 : 1, 1),",
    cardchildren="if (widget.recipe.imageUrl != null)\n  Image.network(widget.recipe.imageUrl!, height: 160, width: double.infinity, fit: BoxFit.cover),",
    expand="setState(() => _expanded = !_expanded);",
)

T(R10, "containerargs", "animations", "Basılıyken kart hafifçe küçülsün",
  "margin: const EdgeInsets.all(8),\ntransform: Matrix4.diagonal3Values(_pressed ? 0.97 : 1, _pressed ? 0.97 : 1, 1),\ntransformAlignment: Alignment.center,",
  ["transform", "_pressed", "Matrix4"])
T(R10, "containerargs", "animations", "Basılınca gölge azalsın, bırakınca geri gelsin; köşeler 16 yuvarlak",
  "margin: const EdgeInsets.all(8),\ndecoration: BoxDecoration(\n  color: Theme.of(context).colorScheme.surface,\n  borderRadius: BorderRadius.circular(16),\n  boxShadow: [\n    BoxShadow(\n      color: Colors.black26,\n      blurRadius: _pressed ? 2 : 10,\n      offset: Offset(0, _pressed ? 1 : 4),\n    ),\n  ],\n),",
  ["BoxShadow", "_pressed", "borderRadius"])
T(R10, "containerargs", "animations", "animasyon eğrisi easeOutBack olsun ve kenar boşluğu basılıyken artsın",
  "curve: Curves.easeOutBack,\nmargin: EdgeInsets.all(_pressed ? 12 : 8),",
  ["curve", "Curves.easeOutBack", "_pressed"])
T(R10, "expand", "animations", "Açılıp kapanma durumunu değiştir",
  "setState(() => _expanded = !_expanded);", ["setState", "_expanded"])
T(R10, "expand", "widgets_layout", "açıldığında kartın görünür olması için ekranı ona kaydır",
  "setState(() => _expanded = !_expanded);\nif (_expanded) {\n  WidgetsBinding.instance.addPostFrameCallback((_) {\n    Scrollable.ensureVisible(context, duration: const Duration(milliseconds: 300));\n  });\n}",
  ["Scrollable.ensureVisible", "addPostFrameCallback"])
T(R10, "cardchildren", "images_assets", "Resim varsa göster, yoksa assets'teki placeholder'ı koy; yükseklik 160",
  "widget.recipe.imageUrl != null\n    ? Image.network(widget.recipe.imageUrl!, height: 160, width: double.infinity, fit: BoxFit.cover)\n    : Image.asset('assets/images/recipe_placeholder.png', height: 160, width: double.infinity, fit: BoxFit.cover),",
  ["Image.network", "Image.asset", "widget.recipe.imageUrl"])
T(R10, "cardchildren", "animations", "resim ağdan gelince yumuşak bir şekilde belirsin (frameBuilder ile)",
  "if (widget.recipe.imageUrl != null)\n  Image.network(\n    widget.recipe.imageUrl!,\n    height: 160,\n    width: double.infinity,\n    fit: BoxFit.cover,\n    frameBuilder: (context, child, frame, wasSynchronouslyLoaded) {\n      if (wasSynchronouslyLoaded) return child;\n      return AnimatedOpacity(\n        opacity: frame == null ? 0 : 1,\n        duration: const Duration(milliseconds: 300),\n        child: child,\n      );\n    },\n  ),",
  ["frameBuilder", "AnimatedOpacity", "wasSynchronouslyLoaded"])
T(R10, "cardchildren", "widgets_layout", "Resmin üstüne sağ üst köşede süre etiketi bindir (Stack)",
  "Stack(\n  children: [\n    Image.network(widget.recipe.imageUrl ?? '', height: 160, width: double.infinity, fit: BoxFit.cover),\n    Positioned(\n      top: 8,\n      right: 8,\n      child: Chip(label: Text('${widget.recipe.minutes} dk')),\n    ),\n  ],\n),",
  ["Stack", "Positioned", "widget.recipe.minutes"])
T(R10, "members", "performance", "Malzeme metnini her build'de join etmemek için late final bir alanda hesapla",
  "late final String _ingredientsText = widget.recipe.ingredients.join(', ');",
  ["late final", "widget.recipe.ingredients.join"])
T(R10, "members", "state", "recipe değişince açık durumu sıfırla",
  "@override\nvoid didUpdateWidget(covariant RecipeCard oldWidget) {\n  super.didUpdateWidget(oldWidget);\n  if (oldWidget.recipe.id != widget.recipe.id) {\n    _expanded = false;\n  }\n}",
  ["didUpdateWidget", "oldWidget.recipe", "_expanded"])
T(R10, "top", "animations", "Kartları sırayla aşağıdan kayarak gösteren bir giriş animasyonu widget'ı yaz (index'e göre gecikmeli)",
  "class StaggeredEntrance extends StatelessWidget {\n  const StaggeredEntrance({super.key, required this.index, required this.child});\n\n  final int index;\n  final Widget child;\n\n  @override\n  Widget build(BuildContext context) {\n    return TweenAnimationBuilder<double>(\n      tween: Tween(begin: 0, end: 1),\n      duration: Duration(milliseconds: 300 + index * 60),\n      curve: Curves.easeOut,\n      builder: (context, value, child) => Opacity(\n        opacity: value,\n        child: Transform.translate(offset: Offset(0, (1 - value) * 24), child: child),\n      ),\n      child: child,\n    );\n  }\n}",
  ["TweenAnimationBuilder", "Transform.translate", "index"])
T(R10, "top", "animations", "Kalp ikonuna basınca büyüyüp küçülen bir AnimatedScale'li favori butonu yaz",
  "class BouncyHeart extends StatefulWidget {\n  const BouncyHeart({super.key, required this.selected, required this.onChanged});\n\n  final bool selected;\n  final ValueChanged<bool> onChanged;\n\n  @override\n  State<BouncyHeart> createState() => _BouncyHeartState();\n}\n\nclass _BouncyHeartState extends State<BouncyHeart> {\n  double _scale = 1;\n\n  @override\n  Widget build(BuildContext context) {\n    return AnimatedScale(\n      scale: _scale,\n      duration: const Duration(milliseconds: 150),\n      onEnd: () => setState(() => _scale = 1),\n      child: IconButton(\n        icon: Icon(widget.selected ? Icons.favorite : Icons.favorite_border, color: Colors.red),\n        onPressed: () {\n          setState(() => _scale = 1.3);\n          widget.onChanged(!widget.selected);\n        },\n      ),\n    );\n  }\n}",
  ["AnimatedScale", "setState", "Icons.favorite"])

# ---------------------------------------------------------------- recipes: photo picker for a recipe
R11 = host("recipe_photo", r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:image_picker/image_picker.dart';
import 'package:path_provider/path_provider.dart';

%%top%%

class RecipePhotoPicker extends StatefulWidget {
  const RecipePhotoPicker({super.key, required this.onPicked});

  final ValueChanged<File> onPicked;

  @override
  State<RecipePhotoPicker> createState() => _RecipePhotoPickerState();
}

class _RecipePhotoPickerState extends State<RecipePhotoPicker> {
  final _picker = ImagePicker();
  File? _photo;
  %%members%%

  Future<void> _pick(ImageSource source) async {
    %%pick%%
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Container(
          height: 200,
          %%boxargs%%
          child: _photo == null
              ? const Icon(Icons.add_a_photo, size: 48)
              : Image.file(_photo!, fit: BoxFit.cover),
        ),
        Row(
          mainAxisAlignment: MainAxisAlignment.center,
          children: [
            TextButton.icon(
              onPressed: () => _pick(ImageSource.camera),
              icon: const Icon(Icons.photo_camera),
              label: const Text('Kamera'),
            ),
            TextButton.icon(
              onPressed: () {
                %%galleryPressed%%
              },
              icon: const Icon(Icons.photo_library),
              label: const Text('Galeri'),
            ),
          ],
        ),
      ],
    );
  }
}
""",
    pick="final picked = await _picker.pickImage(source: source);\nif (picked == null) return;\nsetState(() => _photo = File(picked.path));\nwidget.onPicked(_photo!);",
    galleryPressed="_pick(ImageSource.gallery);",
    boxargs="width: double.infinity,\ncolor: Colors.black12,",
)

T(R11, "pick", "images_assets", "Seçilen resmi 1200 piksele küçült, kalite 80; seçim iptal edilirse bir şey yapma",
  "final picked = await _picker.pickImage(source: source, maxWidth: 1200, imageQuality: 80);\nif (picked == null) return;\nsetState(() => _photo = File(picked.path));\nwidget.onPicked(_photo!);",
  ["_picker.pickImage", "maxWidth", "imageQuality"])
T(R11, "pick", "storage", "Resmi uygulamanın belgeler klasörüne kopyala, kalıcı dosyayı kullan",
  "final picked = await _picker.pickImage(source: source);\nif (picked == null) return;\nfinal dir = await getApplicationDocumentsDirectory();\nfinal saved = await File(picked.path).copy('${dir.path}/recipe_${DateTime.now().millisecondsSinceEpoch}.jpg');\nsetState(() => _photo = saved);\nwidget.onPicked(saved);",
  ["getApplicationDocumentsDirectory", "copy", "widget.onPicked"])
T(R11, "pick", "platform", "Fotoğraf seçerken kamera erişimi engellenirse çökmesin; hatayı yakalayıp SnackBar'da mesajını göster",
  "try {\n  final picked = await _picker.pickImage(source: source);\n  if (picked == null) return;\n  setState(() => _photo = File(picked.path));\n  widget.onPicked(_photo!);\n} on PlatformException catch (e) {\n  if (!mounted) return;\n  ScaffoldMessenger.of(context).showSnackBar(\n    SnackBar(content: Text('Kamera açılamadı: ${e.message}')),\n  );\n}",
  ["on PlatformException", "_picker.pickImage", "showSnackBar"])
T(R11, "galleryPressed", "images_assets", "Galeriden seç",
  "_pick(ImageSource.gallery);", ["_pick", "ImageSource.gallery"])
T(R11, "galleryPressed", "navigation", "Kamera mı galeri mi diye alttan seçenek sun",
  "showModalBottomSheet<void>(\n  context: context,\n  builder: (context) => SafeArea(\n    child: Wrap(\n      children: [\n        ListTile(\n          leading: const Icon(Icons.photo_camera),\n          title: const Text('Kamera'),\n          onTap: () {\n            Navigator.pop(context);\n            _pick(ImageSource.camera);\n          },\n        ),\n        ListTile(\n          leading: const Icon(Icons.photo_library),\n          title: const Text('Galeri'),\n          onTap: () {\n            Navigator.pop(context);\n            _pick(ImageSource.gallery);\n          },\n        ),\n      ],\n    ),\n  ),\n);",
  ["showModalBottomSheet", "ImageSource.camera", "ImageSource.gallery"])
T(R11, "boxargs", "images_assets", "Köşeleri yuvarlak, kenarlıklı bir kutu olsun; resim köşelerden taşmasın",
  "width: double.infinity,\nclipBehavior: Clip.antiAlias,\ndecoration: BoxDecoration(\n  borderRadius: BorderRadius.circular(16),\n  border: Border.all(color: Theme.of(context).colorScheme.outline),\n),",
  ["clipBehavior", "BoxDecoration", "borderRadius"])
T(R11, "boxargs", "widgets_layout", "Kutu tam genişlikte olsun ve içeriği ortala",
  "width: double.infinity,\nalignment: Alignment.center,", ["width: double.infinity", "alignment"])
T(R11, "members", "images_assets", "Seçili fotoğrafı kaldıran bir metot",
  "void _clear() => setState(() => _photo = null);", ["setState", "_photo = null"])
T(R11, "members", "platform", "Android'de uygulama arka planda öldürülürse kaybolan seçimi geri al (retrieveLostData)",
  "Future<void> _recoverLostPhoto() async {\n  final response = await _picker.retrieveLostData();\n  if (response.isEmpty || response.file == null) return;\n  setState(() => _photo = File(response.file!.path));\n}",
  ["_picker.retrieveLostData", "response.file"])
T(R11, "top", "performance", "Büyük resimler için dosya boyutunu MB olarak döndüren yardımcı fonksiyon",
  "Future<double> fileSizeMb(File file) async => await file.length() / (1024 * 1024);",
  ["file.length"])
T(R11, "top", "images_assets", "Uygulamada kullanılan asset yollarını tek yerde toplayan bir sınıf",
  "abstract final class AppImages {\n  static const placeholder = 'assets/images/recipe_placeholder.png';\n  static const emptyPlate = 'assets/images/empty_plate.png';\n  static const logo = 'assets/images/logo.png';\n}",
  ["static const"])

# ---------------------------------------------------------------- music: now playing page
U1 = host("now_playing", r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../player/audio_player_controller.dart';
import '../models/track.dart';

class NowPlayingPage extends StatefulWidget {
  const NowPlayingPage({super.key, required this.controller});

  final AudioPlayerController controller;

  @override
  State<NowPlayingPage> createState() => _NowPlayingPageState();
}

class _NowPlayingPageState extends State<NowPlayingPage>
    with SingleTickerProviderStateMixin {
  late final AnimationController _spin;
  StreamSubscription<Duration>? _positionSub;
  Duration _position = Duration.zero;
  double? _dragValue;
  %%members%%

  @override
  void initState() {
    super.initState();
    _spin = AnimationController(vsync: this, duration: const Duration(seconds: 12));
    %%init%%
  }

  @override
  void dispose() {
    %%dispose%%
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    final Track track = widget.controller.current;
    return Scaffold(
      appBar: AppBar(title: Text(track.album)),
      body: Padding(
        padding: const EdgeInsets.all(24),
        child: Column(
          children: [
            RotationTransition(
              turns: _spin,
              child: CircleAvatar(
                radius: 120,
                %%avatarargs%%
              ),
            ),
            const SizedBox(height: 32),
            Text(track.title, style: Theme.of(context).textTheme.headlineSmall),
            Text(track.artist),
            Slider(
              value: (_dragValue ?? _position.inMilliseconds.toDouble())
                  .clamp(0, track.duration.inMilliseconds.toDouble()),
              max: track.duration.inMilliseconds.toDouble(),
              onChanged: (value) {
                %%slideronchanged%%
              },
              %%sliderargs%%
            ),
            Row(
              mainAxisAlignment: MainAxisAlignment.spaceEvenly,
              children: [
                %%controls%%
              ],
            ),
          ],
        ),
      ),
    );
  }
}
""",
    init="_positionSub = widget.controller.positionStream.listen((position) {\n  setState(() => _position = position);\n});",
    dispose="_positionSub?.cancel();\n_spin.dispose();",
    avatarargs="backgroundImage: NetworkImage(track.coverUrl),",
    slideronchanged="setState(() => _dragValue = value);",
    controls="IconButton(\n  icon: const Icon(Icons.skip_previous),\n  onPressed: widget.controller.previous,\n),\nIconButton(\n  icon: const Icon(Icons.skip_next),\n  onPressed: widget.controller.next,\n),",
)

T(U1, "init", "async", "Çalma pozisyonu stream'ini dinle ve _position'ı güncelle",
  "_positionSub = widget.controller.positionStream.listen((position) {\n  if (!mounted) return;\n  setState(() => _position = position);\n});",
  ["widget.controller.positionStream.listen", "_positionSub", "setState"])
T(U1, "init", "animations", "Şarkı çalıyorsa kapağı sürekli döndür",
  "if (widget.controller.isPlaying) {\n  _spin.repeat();\n}",
  ["_spin.repeat"])
T(U1, "init", "state", "Controller değişince (çal/durdur) dönüşü başlatıp durduran bir listener ekle",
  "widget.controller.addListener(() {\n  if (widget.controller.isPlaying) {\n    _spin.repeat();\n  } else {\n    _spin.stop();\n  }\n});",
  ["widget.controller.addListener", "_spin.repeat", "_spin.stop"])
T(U1, "dispose", "performance", "stream aboneliğini iptal et ve animasyonu dispose et",
  "_positionSub?.cancel();\n_spin.dispose();", ["_positionSub?.cancel | _positionSub!.cancel", "_spin.dispose"])
T(U1, "slideronchanged", "state", "Sürüklerken sadece _dragValue'yu güncelle, seek yapma",
  "setState(() => _dragValue = value);", ["setState", "_dragValue"])
T(U1, "slideronchanged", "async", "Bırakmayı beklemeden hemen o saniyeye atla",
  "widget.controller.seek(Duration(milliseconds: value.round()));\nsetState(() => _position = Duration(milliseconds: value.round()));",
  ["widget.controller.seek", "Duration"])
T(U1, "sliderargs", "async", "Kullanıcı kaydırmayı bırakınca o konuma seek et ve _dragValue'yu sıfırla",
  "onChangeEnd: (value) {\n  widget.controller.seek(Duration(milliseconds: value.round()));\n  setState(() => _dragValue = null);\n},",
  ["onChangeEnd", "widget.controller.seek", "_dragValue"])
T(U1, "sliderargs", "theming", "Slider'ın aktif rengi temanın tertiary rengi olsun",
  "activeColor: Theme.of(context).colorScheme.tertiary,",
  ["activeColor", "colorScheme.tertiary"])
T(U1, "sliderargs", "widgets_layout", "Sürüklerken üstünde saniye etiketi görünsün",
  "divisions: track.duration.inSeconds,\nlabel: '${((_dragValue ?? 0) / 1000).round()} sn',",
  ["label", "divisions"])
T(U1, "avatarargs", "images_assets", "Kapak resmini ağdan yükle, yüklenemezse assets'teki varsayılan kapağı göster",
  "foregroundImage: NetworkImage(track.coverUrl),\nbackgroundImage: const AssetImage('assets/images/default_cover.png'),",
  ["foregroundImage", "NetworkImage", "AssetImage"])
T(U1, "avatarargs", "images_assets", "Kapak yoksa varsayılan olarak assets/images/vinyl.png göster",
  "backgroundImage: track.coverUrl.isEmpty\n    ? const AssetImage('assets/images/vinyl.png')\n    : NetworkImage(track.coverUrl) as ImageProvider,",
  ["AssetImage", "NetworkImage", "backgroundImage"])
T(U1, "avatarargs", "theming", "Arka plan rengi temanın surfaceContainerHigh rengi olsun",
  "backgroundColor: Theme.of(context).colorScheme.surfaceContainerHigh,\nbackgroundImage: NetworkImage(track.coverUrl),",
  ["backgroundColor", "colorScheme.surfaceContainerHigh"])
T(U1, "controls", "async", "10 saniye geri saran bir buton ekle",
  "IconButton(\n  icon: const Icon(Icons.replay_10),\n  onPressed: () => widget.controller.seek(\n    _position > const Duration(seconds: 10) ? _position - const Duration(seconds: 10) : Duration.zero,\n  ),\n),",
  ["Icons.replay_10", "widget.controller.seek", "_position"])
T(U1, "controls", "widgets_layout", "Önceki, çal/durdur, sonraki butonları; ortadaki büyük ve dolu olsun",
  "IconButton(\n  icon: const Icon(Icons.skip_previous),\n  onPressed: widget.controller.previous,\n),\nIconButton.filled(\n  iconSize: 48,\n  icon: Icon(widget.controller.isPlaying ? Icons.pause : Icons.play_arrow),\n  onPressed: widget.controller.togglePlay,\n),\nIconButton(\n  icon: const Icon(Icons.skip_next),\n  onPressed: widget.controller.next,\n),",
  ["IconButton.filled", "widget.controller.previous", "widget.controller.next"])
T(U1, "controls", "state", "karışık çalma (shuffle) butonu ekle, aktifken renkli görünsün",
  "IconButton(\n  icon: const Icon(Icons.shuffle),\n  color: widget.controller.shuffle ? Theme.of(context).colorScheme.primary : null,\n  onPressed: () => setState(widget.controller.toggleShuffle),\n),",
  ["Icons.shuffle", "widget.controller.shuffle"])
T(U1, "members", "dart_language", "Duration'ı mm:ss formatında yazan bir yardımcı metot",
  "String _format(Duration d) {\n  final minutes = d.inMinutes.remainder(60).toString().padLeft(2, '0');\n  final seconds = d.inSeconds.remainder(60).toString().padLeft(2, '0');\n  return '$minutes:$seconds';\n}",
  ["inMinutes", "inSeconds", "padLeft"])
T(U1, "members", "navigation", "Şarkı sözleri sayfasını alttan açan bir metot yaz",
  "void _showLyrics() {\n  showModalBottomSheet<void>(\n    context: context,\n    isScrollControlled: true,\n    builder: (context) => DraggableScrollableSheet(\n      expand: false,\n      builder: (context, scrollController) => SingleChildScrollView(\n        controller: scrollController,\n        padding: const EdgeInsets.all(24),\n        child: Text(widget.controller.current.lyrics ?? 'Söz bulunamadı'),\n      ),\n    ),\n  );\n}",
  ["showModalBottomSheet", "DraggableScrollableSheet"])

# ---------------------------------------------------------------- music: playlist page
U2 = host("playlist", r"""
import 'package:flutter/material.dart';
import 'package:provider/provider.dart';

import '../models/track.dart';
import '../player/playlist_notifier.dart';

class PlaylistPage extends StatelessWidget {
  const PlaylistPage({super.key, required this.title});

  final String title;

  %%members%%

  @override
  Widget build(BuildContext context) {
    final playlist = context.watch<PlaylistNotifier>();
    final tracks = playlist.tracks;
    return Scaffold(
      appBar: AppBar(title: Text(title)),
      body: ReorderableListView.builder(
        itemCount: tracks.length,
        onReorder: (oldIndex, newIndex) {
          %%reorder%%
        },
        %%listargs%%
        itemBuilder: (context, index) {
          final track = tracks[index];
          return Dismissible(
            key: ValueKey(track.id),
            direction: DismissDirection.endToStart,
            onDismissed: (direction) {
              %%dismissed%%
            },
            background: Container(
              %%bgargs%%
            ),
            child: ListTile(
              title: Text(track.title),
              subtitle: Text(track.artist),
              onTap: () => playlist.playAt(index),
            ),
          );
        },
      ),
    );
  }
}
""",
    reorder="context.read<PlaylistNotifier>().move(oldIndex, newIndex);",
    dismissed="playlist.removeAt(index);",
    bgargs="color: Colors.red,\nalignment: Alignment.centerRight,\npadding: const EdgeInsets.symmetric(horizontal: 20),\nchild: const Icon(Icons.delete, color: Colors.white),",
)

T(U2, "reorder", "lists", "Sıralamayı değiştir; aşağı taşınınca newIndex bir fazla geliyor onu düzelt",
  "if (newIndex > oldIndex) newIndex -= 1;\ncontext.read<PlaylistNotifier>().move(oldIndex, newIndex);",
  ["newIndex -= 1 | newIndex--", "move"])
T(U2, "reorder", "state", "yeni sırayı notifier'a bildir, watch değil read kullan",
  "context.read<PlaylistNotifier>().move(oldIndex, newIndex);", ["context.read<PlaylistNotifier>"])
T(U2, "dismissed", "lists", "Şarkıyı listeden sil ve Geri Al butonlu SnackBar göster",
  "playlist.removeAt(index);\nScaffoldMessenger.of(context).showSnackBar(\n  SnackBar(\n    content: Text('${track.title} kaldırıldı'),\n    action: SnackBarAction(\n      label: 'Geri al',\n      onPressed: () => playlist.insertAt(index, track),\n    ),\n  ),\n);",
  ["playlist.removeAt", "SnackBarAction", "showSnackBar"], ["call SnackBar(content, action)"])
T(U2, "dismissed", "lists", "Kaydırılan şarkıyı çalma listesinden kaldır",
  "playlist.removeAt(index);", ["playlist.removeAt | playlist.remove"])
T(U2, "bgargs", "widgets_layout", "Kırmızı arka plan, sağda beyaz çöp kutusu ikonu",
  "color: Colors.red,\nalignment: Alignment.centerRight,\npadding: const EdgeInsets.symmetric(horizontal: 20),\nchild: const Icon(Icons.delete, color: Colors.white),",
  ["Colors.red", "Alignment.centerRight", "Icons.delete"])
T(U2, "bgargs", "theming", "silme arka planı temanın error rengiyle, ikon onError renginde olsun",
  "color: Theme.of(context).colorScheme.error,\nalignment: Alignment.centerRight,\npadding: const EdgeInsets.only(right: 24),\nchild: Icon(Icons.delete_outline, color: Theme.of(context).colorScheme.onError),",
  ["colorScheme.error", "colorScheme.onError"])
T(U2, "listargs", "lists", "Listenin başına şarkı sayısını ve toplam süreyi gösteren bir header ekle",
  "header: Padding(\n  padding: const EdgeInsets.all(16),\n  child: Text('${tracks.length} şarkı'),\n),",
  ["header", "tracks.length"])
T(U2, "listargs", "animations", "Sürüklenen satır biraz büyüyüp gölgeli görünsün",
  "proxyDecorator: (child, index, animation) => ScaleTransition(\n  scale: Tween<double>(begin: 1, end: 1.05).animate(animation),\n  child: Material(elevation: 6, child: child),\n),",
  ["proxyDecorator", "ScaleTransition | AnimatedBuilder", "elevation"])
T(U2, "listargs", "lists", "En alta eleman eklenince butonun altında kalmasın, alttan 80 boşluk ver",
  "padding: const EdgeInsets.only(bottom: 80),", ["padding", "EdgeInsets.only"])
T(U2, "members", "widgets_layout", "Boş liste için ortalanmış bir mesaj widget'ı döndüren metot yaz",
  "Widget _buildEmpty(BuildContext context) {\n  return Center(\n    child: Text(\n      'Bu listede şarkı yok',\n      style: Theme.of(context).textTheme.bodyLarge,\n    ),\n  );\n}",
  ["Center", "Text", "BuildContext"])
T(U2, "members", "dart_language", "Şarkıların toplam süresini hesaplayan statik bir yardımcı ekle",
  "static Duration totalDuration(List<Track> tracks) =>\n    tracks.fold(Duration.zero, (sum, track) => sum + track.duration);",
  ["fold", "Duration.zero", "duration"])
T(U2, "members", "navigation", "Silmeden önce onay isteyen, confirmDismiss'te kullanılacak bir metot yaz",
  "Future<bool?> _confirmDelete(BuildContext context, Track track) {\n  return showDialog<bool>(\n    context: context,\n    builder: (context) => AlertDialog(\n      content: Text('${track.title} listeden çıkarılsın mı?'),\n      actions: [\n        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('İptal')),\n        FilledButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çıkar')),\n      ],\n    ),\n  );\n}",
  ["showDialog", "AlertDialog", "Navigator.pop"])

# ---------------------------------------------------------------- music: theme file
U3 = host("music_theme", r"""
import 'package:dynamic_color/dynamic_color.dart';
import 'package:flutter/material.dart';
import 'package:google_fonts/google_fonts.dart';

const _seed = Color(0xFF1DB954);

%%top%%

class PlayerColors extends ThemeExtension<PlayerColors> {
  const PlayerColors({required this.waveform, required this.miniPlayer});

  final Color waveform;
  final Color miniPlayer;

  %%extmembers%%
}

ThemeData buildMusicTheme(Brightness brightness) {
  final scheme = ColorScheme.fromSeed(seedColor: _seed, brightness: brightness);
  return ThemeData(
    colorScheme: scheme,
    %%themeargs%%
    sliderTheme: SliderThemeData(
      %%sliderargs%%
    ),
    extensions: [
      %%extensions%%
    ],
  );
}
""",
    extmembers="@override\nPlayerColors copyWith({Color? waveform, Color? miniPlayer}) {\n  return PlayerColors(\n    waveform: waveform ?? this.waveform,\n    miniPlayer: miniPlayer ?? this.miniPlayer,\n  );\n}\n\n@override\nPlayerColors lerp(PlayerColors? other, double t) {\n  if (other is! PlayerColors) return this;\n  return PlayerColors(\n    waveform: Color.lerp(waveform, other.waveform, t)!,\n    miniPlayer: Color.lerp(miniPlayer, other.miniPlayer, t)!,\n  );\n}",
    themeargs="useMaterial3: true,",
    sliderargs="trackHeight: 4,",
    extensions="PlayerColors(waveform: scheme.primary, miniPlayer: scheme.surfaceContainer),",
)

T(U3, "extmembers", "theming", "ThemeExtension için copyWith ve lerp'i implement et",
  "@override\nPlayerColors copyWith({Color? waveform, Color? miniPlayer}) {\n  return PlayerColors(\n    waveform: waveform ?? this.waveform,\n    miniPlayer: miniPlayer ?? this.miniPlayer,\n  );\n}\n\n@override\nPlayerColors lerp(PlayerColors? other, double t) {\n  if (other is! PlayerColors) return this;\n  return PlayerColors(\n    waveform: Color.lerp(waveform, other.waveform, t)!,\n    miniPlayer: Color.lerp(miniPlayer, other.miniPlayer, t)!,\n  );\n}",
  ["copyWith", "lerp", "Color.lerp"])
T(U3, "extmembers", "theming", "Widget içinden kolayca almak için static of(context) ekle",
  "static PlayerColors of(BuildContext context) => Theme.of(context).extension<PlayerColors>()!;",
  ["static", "Theme.of(context).extension<PlayerColors>"])
T(U3, "themeargs", "theming", "Tüm yazı tipi Google Fonts'tan Nunito olsun",
  "textTheme: GoogleFonts.nunitoTextTheme(),", ["GoogleFonts.nunitoTextTheme", "textTheme"])
T(U3, "themeargs", "theming", "Uygulamadaki bütün AppBar'larda başlık ortada dursun, elevation da 0 olsun",
  "appBarTheme: const AppBarTheme(\n  centerTitle: true,\n  elevation: 0,\n),",
  ["appBarTheme", "AppBarTheme", "centerTitle: true"])
T(U3, "themeargs", "theming", "ListTile'ların seçili ikon rengi primary, şekli yuvarlak köşeli olsun",
  "listTileTheme: ListTileThemeData(\n  selectedColor: scheme.primary,\n  shape: RoundedRectangleBorder(borderRadius: BorderRadius.circular(12)),\n),",
  ["listTileTheme", "ListTileThemeData", "RoundedRectangleBorder"])
T(U3, "themeargs", "animations", "Android'de de sayfa geçişleri iOS gibi yandan kaysın",
  "pageTransitionsTheme: const PageTransitionsTheme(\n  builders: {\n    TargetPlatform.android: CupertinoPageTransitionsBuilder(),\n    TargetPlatform.iOS: CupertinoPageTransitionsBuilder(),\n  },\n),",
  ["pageTransitionsTheme", "CupertinoPageTransitionsBuilder", "TargetPlatform.android"])
T(U3, "themeargs", "theming", "karanlık modda arka plan simsiyah olsun (AMOLED)",
  "scaffoldBackgroundColor: brightness == Brightness.dark ? Colors.black : null,",
  ["scaffoldBackgroundColor", "Brightness.dark"])
T(U3, "sliderargs", "theming", "Slider'ın başparmağı küçük (6 yarıçap) ve izi ince olsun",
  "trackHeight: 2,\nthumbShape: const RoundSliderThumbShape(enabledThumbRadius: 6),",
  ["thumbShape", "RoundSliderThumbShape", "trackHeight"])
T(U3, "sliderargs", "theming", "Aktif iz primary, pasif iz ise primaryContainer renginde olsun",
  "activeTrackColor: scheme.primary,\ninactiveTrackColor: scheme.primaryContainer,",
  ["activeTrackColor", "inactiveTrackColor", "scheme.primary"])
T(U3, "extensions", "theming", "PlayerColors eklentisini scheme'den gelen renklerle ekle",
  "PlayerColors(waveform: scheme.primary, miniPlayer: scheme.surfaceContainer),",
  ["PlayerColors", "scheme.primary"])
T(U3, "extensions", "theming", "Koyu modda mini player rengi daha koyu olsun",
  "PlayerColors(\n  waveform: scheme.primary,\n  miniPlayer: brightness == Brightness.dark ? scheme.surfaceContainerLowest : scheme.surfaceContainer,\n),",
  ["PlayerColors", "Brightness.dark"])
T(U3, "top", "theming", "Açık ve koyu tema için hazır iki sabit tanımla",
  "final lightMusicTheme = buildMusicTheme(Brightness.light);\nfinal darkMusicTheme = buildMusicTheme(Brightness.dark);",
  ["buildMusicTheme", "Brightness.light", "Brightness.dark"])
T(U3, "top", "theming", "Cihazın dinamik renklerini (Android 12+) kullanan, yoksa seed'e düşen bir widget yaz",
  "class DynamicMusicApp extends StatelessWidget {\n  const DynamicMusicApp({super.key, required this.home});\n\n  final Widget home;\n\n  @override\n  Widget build(BuildContext context) {\n    return DynamicColorBuilder(\n      builder: (lightDynamic, darkDynamic) => MaterialApp(\n        theme: ThemeData(colorScheme: lightDynamic ?? ColorScheme.fromSeed(seedColor: _seed)),\n        darkTheme: ThemeData(\n          colorScheme: darkDynamic ??\n              ColorScheme.fromSeed(seedColor: _seed, brightness: Brightness.dark),\n        ),\n        home: home,\n      ),\n    );\n  }\n}",
  ["DynamicColorBuilder", "ColorScheme.fromSeed"])
T(U3, "top", "theming", "Tema modunu tutan ve değiştiren bir ValueNotifier tanımla",
  "final themeMode = ValueNotifier<ThemeMode>(ThemeMode.system);\n\nvoid toggleThemeMode() {\n  themeMode.value = themeMode.value == ThemeMode.dark ? ThemeMode.light : ThemeMode.dark;\n}",
  ["ValueNotifier<ThemeMode>", "ThemeMode.dark"])
T(U3, "top", "dart_language", "Color'a biraz koyulaştıran darken metodu ekleyen bir extension yaz",
  "extension ColorShade on Color {\n  Color darken([double amount = 0.1]) {\n    final hsl = HSLColor.fromColor(this);\n    return hsl.withLightness((hsl.lightness - amount).clamp(0.0, 1.0)).toColor();\n  }\n}",
  ["extension", "on Color", "HSLColor.fromColor"])

# ---------------------------------------------------------------- music: audio player controller (ChangeNotifier + platform channel)
U4 = host("audio_controller", r"""
import 'dart:async';
import 'dart:math';

import 'package:flutter/foundation.dart';
import 'package:flutter/services.dart';

import '../models/track.dart';

%%top%%

class AudioPlayerController extends ChangeNotifier {
  AudioPlayerController(this._queue);

  static const _channel = MethodChannel('tr.melodi/player');

  final List<Track> _queue;
  int _index = 0;
  bool _isPlaying = false;
  bool shuffle = false;
  final _positionController = StreamController<Duration>.broadcast();

  Track get current => _queue[_index];
  bool get isPlaying => _isPlaying;
  Stream<Duration> get positionStream => _positionController.stream;

  Future<void> togglePlay() async {
    %%toggle%%
  }

  Future<void> next() async {
    %%next%%
  }

  Future<void> seek(Duration position) async {
    await _channel.invokeMethod<void>('seek', position.inMilliseconds);
  }

  %%members%%

  @override
  void dispose() {
    %%dispose%%
    super.dispose();
  }
}
""",
    toggle="_isPlaying = !_isPlaying;\nawait _channel.invokeMethod<void>(_isPlaying ? 'play' : 'pause');\nnotifyListeners();",
    next="if (_index < _queue.length - 1) {\n  _index++;\n  await _channel.invokeMethod<void>('load', current.url);\n  notifyListeners();\n}",
    members="Future<void> previous() async {\n  if (_index == 0) return;\n  _index--;\n  await _channel.invokeMethod<void>('load', current.url);\n  notifyListeners();\n}",
    dispose="_positionController.close();",
)

T(U4, "toggle", "platform", "Çalıyorsa native'e pause, değilse play gönder; sonra dinleyicilere haber ver",
  "_isPlaying = !_isPlaying;\nawait _channel.invokeMethod<void>(_isPlaying ? 'play' : 'pause');\nnotifyListeners();",
  ["_channel.invokeMethod", "_isPlaying", "notifyListeners"])
T(U4, "toggle", "platform", "native çağrı hata verirse durumu geri al ve hatayı logla",
  "final wasPlaying = _isPlaying;\n_isPlaying = !wasPlaying;\nnotifyListeners();\ntry {\n  await _channel.invokeMethod<void>(_isPlaying ? 'play' : 'pause');\n} on PlatformException catch (e) {\n  debugPrint('Oynatma hatası: ${e.message}');\n  _isPlaying = wasPlaying;\n  notifyListeners();\n}",
  ["on PlatformException", "_channel.invokeMethod", "notifyListeners"])
T(U4, "next", "state", "Sıradaki şarkıya geç; karışık modda rastgele bir index seç, sonra native'e yükle",
  "if (shuffle) {\n  _index = Random().nextInt(_queue.length);\n} else if (_index < _queue.length - 1) {\n  _index++;\n} else {\n  return;\n}\nawait _channel.invokeMethod<void>('load', current.url);\nnotifyListeners();",
  ["shuffle", "Random", "_index", "notifyListeners"])
T(U4, "next", "state", "listenin sonundaysa başa dön (repeat all)",
  "_index = (_index + 1) % _queue.length;\nawait _channel.invokeMethod<void>('load', current.url);\nnotifyListeners();",
  ["_index", "%", "_queue.length", "notifyListeners"])
T(U4, "dispose", "async", "Stream controller'ı kapat ve native oynatıcıyı durdur",
  "_positionController.close();\n_channel.invokeMethod<void>('stop');",
  ["_positionController.close", "_channel.invokeMethod"])
T(U4, "members", "async", "Native'den her saniye gelen pozisyonu dinleyip stream'e ekleyen bir metot yaz",
  "void attachPositionUpdates() {\n  _channel.setMethodCallHandler((call) async {\n    if (call.method == 'position') {\n      _positionController.add(Duration(milliseconds: call.arguments as int));\n    }\n  });\n}",
  ["_channel.setMethodCallHandler", "_positionController.add", "call.method"])
T(U4, "members", "state", "Karışık çalmayı açıp kapatan toggleShuffle metodu",
  "void toggleShuffle() {\n  shuffle = !shuffle;\n  notifyListeners();\n}",
  ["shuffle = !shuffle", "notifyListeners"])
T(U4, "members", "state", "Kuyruğa şarkı ekleyen addToQueue, eklenince dinleyenleri bilgilendirsin",
  "void addToQueue(Track track) {\n  _queue.add(track);\n  notifyListeners();\n}",
  ["_queue.add", "notifyListeners"])
T(U4, "members", "state", "Belirli bir index'teki şarkıyı çalan playAt metodu",
  "Future<void> playAt(int index) async {\n  _index = index;\n  _isPlaying = true;\n  await _channel.invokeMethod<void>('load', current.url);\n  await _channel.invokeMethod<void>('play');\n  notifyListeners();\n}",
  ["_index = index", "_channel.invokeMethod", "notifyListeners"])
T(U4, "members", "dart_language", "Kuyruğun değiştirilemez bir kopyasını dönen getter",
  "List<Track> get queue => List.unmodifiable(_queue);", ["List.unmodifiable", "_queue"])
T(U4, "top", "testing", "Testlerde native oynatıcı olmadan çalışmak için çağrıları kaydeden sahte bir handler sınıfı yaz",
  "class FakePlayerChannel {\n  final List<MethodCall> calls = [];\n\n  Future<Object?> handle(MethodCall call) async {\n    calls.add(call);\n    return null;\n  }\n}",
  ["MethodCall", "calls"])
T(U4, "top", "dart_language", "Tekrar modları için bir enum: kapalı, tümü, tek şarkı",
  "enum RepeatMode { off, all, one }", ["enum RepeatMode | enum"])
T(U4, "top", "state", "Oynatıcının anlık durumunu tutan değişmez bir PlayerSnapshot sınıfı, copyWith'li",
  "@immutable\nclass PlayerSnapshot {\n  const PlayerSnapshot({required this.track, required this.isPlaying, this.position = Duration.zero});\n\n  final Track track;\n  final bool isPlaying;\n  final Duration position;\n\n  PlayerSnapshot copyWith({Track? track, bool? isPlaying, Duration? position}) => PlayerSnapshot(\n        track: track ?? this.track,\n        isPlaying: isPlaying ?? this.isPlaying,\n        position: position ?? this.position,\n      );\n}",
  ["@immutable", "copyWith", "final"])

# ---------------------------------------------------------------- music: mini player bar
U5 = host("mini_player", r"""
import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';

import '../models/track.dart';

%%top%%

class MiniPlayer extends StatelessWidget {
  const MiniPlayer({
    super.key,
    required this.track,
    required this.isPlaying,
    required this.progress,
    required this.onTap,
    required this.onPlayPause,
  });

  final Track track;
  final bool isPlaying;
  final double progress;
  final VoidCallback onTap;
  final VoidCallback onPlayPause;

  %%members%%

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return Material(
      %%materialargs%%
      child: InkWell(
        onTap: onTap,
        child: Column(
          mainAxisSize: MainAxisSize.min,
          children: [
            LinearProgressIndicator(
              value: progress,
              %%progressargs%%
            ),
            Row(
              children: [
                %%row%%
                Expanded(
                  child: Text(
                    track.title,
                    %%titleargs%%
                  ),
                ),
                IconButton(
                  icon: Icon(isPlaying ? Icons.pause : Icons.play_arrow),
                  onPressed: onPlayPause,
                ),
              ],
            ),
          ],
        ),
      ),
    );
  }
}
""",
    materialargs="color: scheme.surfaceContainer,",
    progressargs="minHeight: 2,",
    row="Padding(\n  padding: const EdgeInsets.all(8),\n  child: Image.network(track.coverUrl, width: 40, height: 40),\n),",
    titleargs="maxLines: 1,\noverflow: TextOverflow.ellipsis,",
)

T(U5, "materialargs", "theming", "Arka plan temanın surfaceContainer rengi olsun ve hafif gölge versin",
  "color: scheme.surfaceContainer,\nelevation: 4,", ["color", "scheme.surfaceContainer", "elevation"])
T(U5, "materialargs", "widgets_layout", "Üst köşeleri 16 yarıçapla yuvarlat, taşanları kırp",
  "shape: const RoundedRectangleBorder(\n  borderRadius: BorderRadius.vertical(top: Radius.circular(16)),\n),\nclipBehavior: Clip.antiAlias,",
  ["RoundedRectangleBorder", "BorderRadius.vertical", "clipBehavior"])
T(U5, "materialargs", "theming", "Gölge yerine renk tonu kullanılsın: surfaceTintColor primary ve elevation 3 olsun",
  "elevation: 3,\nsurfaceTintColor: scheme.primary,", ["surfaceTintColor", "elevation"])
T(U5, "progressargs", "theming", "İlerleme çubuğu 2 piksel, rengi primary, arka planı şeffaf olsun",
  "minHeight: 2,\ncolor: scheme.primary,\nbackgroundColor: Colors.transparent,",
  ["minHeight", "color", "backgroundColor"])
T(U5, "progressargs", "widgets_layout", "Ekran okuyucu için ilerlemeyi yüzde olarak okusun",
  "semanticsLabel: 'Çalma ilerlemesi',\nsemanticsValue: '${(progress * 100).round()}%',",
  ["semanticsLabel", "semanticsValue"])
T(U5, "titleargs", "widgets_layout", "Başlık tek satır olsun, uzunsa üç nokta",
  "maxLines: 1,\noverflow: TextOverflow.ellipsis,", ["maxLines: 1", "TextOverflow.ellipsis"])
T(U5, "titleargs", "theming", "Başlık temanın titleSmall stilinde, kalın olsun",
  "maxLines: 1,\noverflow: TextOverflow.ellipsis,\nstyle: Theme.of(context).textTheme.titleSmall?.copyWith(fontWeight: FontWeight.bold),",
  ["style", "textTheme.titleSmall", "FontWeight.bold"])
T(U5, "row", "images_assets", "Solda 40x40, köşeleri 4 yuvarlatılmış kapak resmi olsun",
  "Padding(\n  padding: const EdgeInsets.all(8),\n  child: ClipRRect(\n    borderRadius: BorderRadius.circular(4),\n    child: Image.network(track.coverUrl, width: 40, height: 40, fit: BoxFit.cover),\n  ),\n),",
  ["ClipRRect", "Image.network", "track.coverUrl"])
T(U5, "row", "animations", "Kapak resmi tam ekran oynatıcıya Hero ile geçsin",
  "Hero(\n  tag: 'cover-${track.id}',\n  child: Image.network(track.coverUrl, width: 48, height: 48, fit: BoxFit.cover),\n),\nconst SizedBox(width: 8),",
  ["Hero", "tag", "track.coverUrl"], ["call Hero(tag, child)"])
T(U5, "row", "images_assets", "kapak yoksa müzik notası ikonu göster",
  "Padding(\n  padding: const EdgeInsets.all(8),\n  child: track.coverUrl.isEmpty\n      ? const Icon(Icons.music_note, size: 40)\n      : Image.network(track.coverUrl, width: 40, height: 40),\n),",
  ["Icons.music_note", "track.coverUrl.isEmpty", "Image.network"])
T(U5, "members", "widgets_layout", "Sanatçı adını küçük ve soluk gösteren bir _subtitle metodu yaz",
  "Widget _subtitle(BuildContext context) {\n  return Text(\n    track.artist,\n    style: Theme.of(context).textTheme.bodySmall?.copyWith(\n      color: Theme.of(context).colorScheme.onSurfaceVariant,\n    ),\n  );\n}",
  ["track.artist", "bodySmall", "onSurfaceVariant"])
T(U5, "members", "performance", "Mini player kendi katmanında çizilsin; build'i RepaintBoundary ile saran bir yardımcı metot",
  "Widget _isolated(Widget child) => RepaintBoundary(child: child);",
  ["RepaintBoundary"])
T(U5, "top", "animations", "Mini player'ı alttan kaydırarak gösterip gizleyen bir wrapper widget yaz",
  "class SlideInMiniPlayer extends StatelessWidget {\n  const SlideInMiniPlayer({super.key, required this.visible, required this.child});\n\n  final bool visible;\n  final Widget child;\n\n  @override\n  Widget build(BuildContext context) {\n    return AnimatedSlide(\n      offset: visible ? Offset.zero : const Offset(0, 1),\n      duration: const Duration(milliseconds: 250),\n      curve: Curves.easeOut,\n      child: child,\n    );\n  }\n}",
  ["AnimatedSlide", "Offset", "duration"], ["call AnimatedSlide(offset, duration)"])
T(U5, "top", "dart_language", "Track'e süreyi 3:45 gibi yazan bir durationLabel getter'ı ekleyen extension yaz",
  "extension TrackLabels on Track {\n  String get durationLabel {\n    final seconds = (duration.inSeconds % 60).toString().padLeft(2, '0');\n    return '${duration.inMinutes}:$seconds';\n  }\n}",
  ["extension", "on Track", "inMinutes", "padLeft"])

# ---------------------------------------------------------------- music: track model
U6 = host("track_model", r"""
import 'package:flutter/foundation.dart';

%%top%%

@immutable
class Track {
  const Track({
    required this.id,
    required this.title,
    required this.artist,
    required this.coverUrl,
    required this.duration,
    this.album = '',
    this.lyrics,
  });

  final String id;
  final String title;
  final String artist;
  final String album;
  final String coverUrl;
  final Duration duration;
  final String? lyrics;

  %%members%%
}

%%bottom%%
""")

T(U6, "members", "http_json", "JSON'dan Track üreten factory yaz; süre milisaniye olarak duration_ms alanında",
  "factory Track.fromJson(Map<String, dynamic> json) => Track(\n      id: json['id'] as String,\n      title: json['title'] as String,\n      artist: json['artist'] as String,\n      album: json['album'] as String? ?? '',\n      coverUrl: json['cover_url'] as String,\n      duration: Duration(milliseconds: json['duration_ms'] as int),\n      lyrics: json['lyrics'] as String?,\n    );",
  ["factory Track.fromJson", "Duration(milliseconds:"])
T(U6, "members", "http_json", "toJson yaz, süreyi milisaniye olarak koy",
  "Map<String, dynamic> toJson() => {\n      'id': id,\n      'title': title,\n      'artist': artist,\n      'album': album,\n      'cover_url': coverUrl,\n      'duration_ms': duration.inMilliseconds,\n      'lyrics': lyrics,\n    };",
  ["toJson", "duration.inMilliseconds"])
T(U6, "members", "dart_language", "id'ye göre eşitlik ve hashCode",
  "@override\nbool operator ==(Object other) => identical(this, other) || other is Track && other.id == id;\n\n@override\nint get hashCode => id.hashCode;",
  ["operator ==", "hashCode"])
T(U6, "members", "dart_language", "Sadece verilen alanları değiştiren copyWith",
  "Track copyWith({String? title, String? artist, String? album, String? coverUrl, Duration? duration, String? lyrics}) {\n  return Track(\n    id: id,\n    title: title ?? this.title,\n    artist: artist ?? this.artist,\n    album: album ?? this.album,\n    coverUrl: coverUrl ?? this.coverUrl,\n    duration: duration ?? this.duration,\n    lyrics: lyrics ?? this.lyrics,\n  );\n}",
  ["copyWith", "this.title", "??"])
T(U6, "members", "dart_language", "Sözleri olup olmadığını söyleyen hasLyrics getter",
  "bool get hasLyrics => lyrics != null && lyrics!.isNotEmpty;", ["hasLyrics", "lyrics"])
T(U6, "top", "dart_language", "Bir albümü temsil eden, şarkı listesi ve toplam süre getter'ı olan bir sınıf",
  "class Album {\n  const Album({required this.title, required this.tracks});\n\n  final String title;\n  final List<Track> tracks;\n\n  Duration get totalDuration =>\n      tracks.fold(Duration.zero, (total, track) => total + track.duration);\n}",
  ["class Album | class", "List<Track>", "fold"])
T(U6, "top", "http_json", "Bir JSON listesini Track listesine çeviren top-level fonksiyon",
  "List<Track> tracksFromJson(List<dynamic> json) =>\n    json.map((e) => Track.fromJson(e as Map<String, dynamic>)).toList();",
  ["Track.fromJson", "map", "toList"])
T(U6, "top", "dart_language", "Şarkı listesi için typedef tanımla",
  "typedef Playlist = List<Track>;", ["typedef"])
T(U6, "bottom", "dart_language", "Track listesine sanatçıya göre gruplama yapan bir extension ekle",
  "extension TrackGrouping on List<Track> {\n  Map<String, List<Track>> byArtist() {\n    final groups = <String, List<Track>>{};\n    for (final track in this) {\n      groups.putIfAbsent(track.artist, () => []).add(track);\n    }\n    return groups;\n  }\n}",
  ["extension", "on List<Track>", "putIfAbsent | groupBy"])
T(U6, "bottom", "lists", "Şarkıları ada göre Türkçe'ye uygun (büyük/küçük harf duyarsız) sıralayan fonksiyon",
  "List<Track> sortByTitle(List<Track> tracks) {\n  return [...tracks]..sort((a, b) => a.title.toLowerCase().compareTo(b.title.toLowerCase()));\n}",
  ["sort", "compareTo", "toLowerCase"])
T(U6, "bottom", "testing", "Önizleme ve testler için örnek şarkı listesi sabiti tanımla",
  "const sampleTracks = [\n  Track(\n    id: 't1',\n    title: 'Ben Bir Ceviz Ağacıyım',\n    artist: 'Sanatçı',\n    coverUrl: '',\n    duration: Duration(minutes: 3, seconds: 40),\n  ),\n  Track(\n    id: 't2',\n    title: 'Deniz Üstü Köpürür',\n    artist: 'Sanatçı',\n    coverUrl: '',\n    duration: Duration(minutes: 4, seconds: 5),\n  ),\n];",
  ["const", "Track(", "Duration"])
T(U6, "bottom", "dart_language", "Track'ler için Comparable değil ama süreye göre karşılaştıran bir Comparator sabiti yaz",
  "final Comparator<Track> byDuration = (a, b) => a.duration.compareTo(b.duration);",
  ["Comparator<Track>", "compareTo"])

# ---------------------------------------------------------------- music: library with tabs and album grid
U7 = host("music_library", r"""
import 'package:flutter/material.dart';

import '../models/track.dart';
import 'album_page.dart';

class LibraryPage extends StatelessWidget {
  const LibraryPage({super.key, required this.albums, required this.tracks});

  final List<Album> albums;
  final List<Track> tracks;

  @override
  Widget build(BuildContext context) {
    return DefaultTabController(
      length: 2,
      child: Scaffold(
        appBar: AppBar(
          title: const Text('Kitaplık'),
          bottom: const TabBar(
            tabs: [
              %%tabs%%
            ],
          ),
        ),
        body: TabBarView(
          children: [
            GridView.builder(
              padding: const EdgeInsets.all(12),
              %%gridargs%%
              itemCount: albums.length,
              itemBuilder: (context, index) {
                final album = albums[index];
                return GestureDetector(
                  onTap: () {
                    %%albumtap%%
                  },
                  child: Column(
                    crossAxisAlignment: CrossAxisAlignment.start,
                    children: [
                      %%albumcell%%
                    ],
                  ),
                );
              },
            ),
            ListView(
              children: [
                %%tracklist%%
              ],
            ),
          ],
        ),
      ),
    );
  }
}
""",
    tabs="Tab(text: 'Albümler'),\nTab(text: 'Şarkılar'),",
    gridargs="gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(\n  crossAxisCount: 2,\n  mainAxisSpacing: 12,\n  crossAxisSpacing: 12,\n  childAspectRatio: 0.8,\n),",
    albumtap="Navigator.of(context).push(\n  MaterialPageRoute(builder: (_) => AlbumPage(album: album)),\n);",
    albumcell="Expanded(child: Image.network(album.coverUrl, fit: BoxFit.cover)),\nText(album.title, maxLines: 1, overflow: TextOverflow.ellipsis),",
    tracklist="for (final track in tracks)\n  ListTile(title: Text(track.title), subtitle: Text(track.artist)),",
)

T(U7, "tabs", "widgets_layout", "Albümler ve Şarkılar sekmeleri, ikonlarıyla",
  "Tab(icon: Icon(Icons.album), text: 'Albümler'),\nTab(icon: Icon(Icons.music_note), text: 'Şarkılar'),",
  ["Tab", "icon", "text"])
T(U7, "tabs", "localization", "sekme başlıkları çeviriden gelsin diye şimdilik sabit Tab'lar koy: Albümler, Şarkılar",
  "Tab(text: 'Albümler'),\nTab(text: 'Şarkılar'),", ["Tab"])
T(U7, "gridargs", "lists", "İki sütunlu grid, aralıklar 12, hücreler biraz uzun (0.8 oran)",
  "gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(\n  crossAxisCount: 2,\n  mainAxisSpacing: 12,\n  crossAxisSpacing: 12,\n  childAspectRatio: 0.8,\n),",
  ["SliverGridDelegateWithFixedCrossAxisCount", "crossAxisCount: 2", "childAspectRatio"])
T(U7, "gridargs", "widgets_layout", "Tablet ve telefonda otomatik sütun sayısı olsun, her hücre en fazla 180 genişlikte",
  "gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(\n  maxCrossAxisExtent: 180,\n  mainAxisSpacing: 12,\n  crossAxisSpacing: 12,\n  childAspectRatio: 0.8,\n),",
  ["SliverGridDelegateWithMaxCrossAxisExtent", "maxCrossAxisExtent"])
T(U7, "gridargs", "performance", "Ekran dışındaki hücreler için önbellek alanını 500 piksele çıkar, grid delegate 3 sütun olsun",
  "cacheExtent: 500,\ngridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 3),",
  ["cacheExtent", "gridDelegate"])
T(U7, "albumtap", "navigation", "Albüm sayfasını aç",
  "Navigator.of(context).push(\n  MaterialPageRoute(builder: (_) => AlbumPage(album: album)),\n);",
  ["Navigator | context.push", "AlbumPage", "album"])
T(U7, "albumtap", "animations", "Albüm sayfasına fade geçişiyle git",
  "Navigator.of(context).push(\n  PageRouteBuilder(\n    pageBuilder: (context, animation, secondaryAnimation) => AlbumPage(album: album),\n    transitionsBuilder: (context, animation, secondaryAnimation, child) =>\n        FadeTransition(opacity: animation, child: child),\n  ),\n);",
  ["PageRouteBuilder", "FadeTransition", "AlbumPage"])
T(U7, "albumtap", "navigation", "albümü alttan açılan bir sheet içinde şarkı listesiyle göster",
  "showModalBottomSheet<void>(\n  context: context,\n  showDragHandle: true,\n  builder: (context) => ListView(\n    children: [\n      for (final track in album.tracks) ListTile(title: Text(track.title)),\n    ],\n  ),\n);",
  ["showModalBottomSheet", "album.tracks"])
T(U7, "albumcell", "images_assets", "Kapak kare olsun, köşeleri yuvarlak; altında albüm adı",
  "AspectRatio(\n  aspectRatio: 1,\n  child: ClipRRect(\n    borderRadius: BorderRadius.circular(8),\n    child: Image.network(album.coverUrl, fit: BoxFit.cover),\n  ),\n),\nconst SizedBox(height: 6),\nText(album.title, maxLines: 1, overflow: TextOverflow.ellipsis),",
  ["AspectRatio", "ClipRRect", "album.coverUrl"])
T(U7, "albumcell", "performance", "Grid'de büyük kapakları küçük çözünürlükte decode et (cacheWidth 300)",
  "Expanded(\n  child: Image.network(album.coverUrl, fit: BoxFit.cover, cacheWidth: 300),\n),\nText(album.title, maxLines: 1, overflow: TextOverflow.ellipsis),",
  ["cacheWidth", "Image.network"])
T(U7, "albumcell", "widgets_layout", "Kapak, altında albüm adı ve şarkı sayısı",
  "Expanded(child: Image.network(album.coverUrl, fit: BoxFit.cover)),\nconst SizedBox(height: 4),\nText(album.title, style: Theme.of(context).textTheme.titleSmall),\nText('${album.tracks.length} şarkı', style: Theme.of(context).textTheme.bodySmall),",
  ["album.title", "album.tracks.length"])
T(U7, "tracklist", "lists", "Şarkıları sanatçı başlıkları altında grupla",
  "for (final entry in tracks.fold<Map<String, List<Track>>>({}, (map, t) {\n  (map[t.artist] ??= []).add(t);\n  return map;\n}).entries) ...[\n  ListTile(title: Text(entry.key, style: Theme.of(context).textTheme.titleMedium)),\n  for (final track in entry.value) ListTile(title: Text(track.title), dense: true),\n],",
  ["for", "...[", "track.title"])
T(U7, "tracklist", "lists", "her şarkının solunda sıra numarası olsun",
  "for (var i = 0; i < tracks.length; i++)\n  ListTile(\n    leading: Text('${i + 1}'),\n    title: Text(tracks[i].title),\n    subtitle: Text(tracks[i].artist),\n  ),",
  ["for (var i = 0", "leading", "tracks[i]"])
T(U7, "tracklist", "lists", "Liste boşsa 'Henüz şarkı yok' yazısı göster, değilse şarkıları listele",
  "if (tracks.isEmpty)\n  const ListTile(title: Text('Henüz şarkı yok'))\nelse\n  for (final track in tracks) ListTile(title: Text(track.title), subtitle: Text(track.artist)),",
  ["if (tracks.isEmpty)", "else", "for"])

# ---------------------------------------------------------------- extra tasks on the hosts above (weakest positions/topics)
# top level
T(R1, "top", "async", "Verilen her arama kelimesi için tarifleri sırayla getirip yayınlayan bir async* fonksiyon yaz",
  "Stream<List<Recipe>> searchAll(RecipeRepository repository, List<String> queries) async* {\n  for (final query in queries) {\n    yield await repository.fetchRecipes(query: query);\n  }\n}",
  ["async*", "yield", "fetchRecipes"])
T(R1, "top", "performance", "Liste satırı için const kurulabilen, sadece başlık ve süre alan hafif bir widget yaz",
  "class RecipeRow extends StatelessWidget {\n  const RecipeRow({super.key, required this.title, required this.minutes});\n\n  final String title;\n  final int minutes;\n\n  @override\n  Widget build(BuildContext context) {\n    return ListTile(title: Text(title), trailing: Text('$minutes dk'));\n  }\n}",
  ["extends StatelessWidget", "const RecipeRow", "ListTile"])
T(R9, "top", "animations", "Sekme değişince sayfalar arasında fade-through geçişi yapan bir widget yaz (animations paketi)",
  "class FadeThroughSwitcher extends StatelessWidget {\n  const FadeThroughSwitcher({super.key, required this.child});\n\n  final Widget child;\n\n  @override\n  Widget build(BuildContext context) {\n    return PageTransitionSwitcher(\n      transitionBuilder: (child, primaryAnimation, secondaryAnimation) => FadeThroughTransition(\n        animation: primaryAnimation,\n        secondaryAnimation: secondaryAnimation,\n        child: child,\n      ),\n      child: child,\n    );\n  }\n}",
  ["PageTransitionSwitcher", "FadeThroughTransition"])
T(R10, "top", "images_assets", "Tarif resmini önceden belleğe alan (precacheImage) bir yardımcı fonksiyon yaz",
  "Future<void> precacheRecipeImage(BuildContext context, Recipe recipe) async {\n  final url = recipe.imageUrl;\n  if (url == null) return;\n  await precacheImage(NetworkImage(url), context);\n}",
  ["precacheImage", "NetworkImage"])
T(R11, "top", "images_assets", "Seçilen fotoğrafı önizlemede daire içinde gösteren küçük bir widget",
  "class PhotoAvatar extends StatelessWidget {\n  const PhotoAvatar({super.key, required this.file, this.radius = 32});\n\n  final File file;\n  final double radius;\n\n  @override\n  Widget build(BuildContext context) {\n    return CircleAvatar(radius: radius, backgroundImage: FileImage(file));\n  }\n}",
  ["CircleAvatar", "FileImage"])
T(M1, "top", "async", "Konum değişikliklerini 50 metrede bir yayınlayan bir Stream döndüren fonksiyon",
  "Stream<Position> positionUpdates() {\n  return Geolocator.getPositionStream(\n    locationSettings: const LocationSettings(\n      accuracy: LocationAccuracy.high,\n      distanceFilter: 50,\n    ),\n  );\n}",
  ["Geolocator.getPositionStream", "LocationSettings", "distanceFilter"])
T(M2, "top", "navigation", "Çıkış yapınca tüm geçmişi temizleyip login'e gönderen bir fonksiyon",
  "void goToLogin(BuildContext context) => context.go('/login');",
  ["context.go"])
T(M5, "top", "async", "Veritabanını uygulama boyunca bir kez açan lazy bir Future tanımla",
  "final Future<SavedPlacesDb> savedPlacesDb = SavedPlacesDb.open();",
  ["SavedPlacesDb.open", "Future<SavedPlacesDb>"])
T(U4, "top", "async", "Pozisyon stream'ini saniyede bir kereye düşüren (throttle) bir extension yaz",
  "extension ThrottleDuration on Stream<Duration> {\n  Stream<Duration> throttleSeconds() {\n    var last = -1;\n    return where((position) {\n      final second = position.inSeconds;\n      if (second == last) return false;\n      last = second;\n      return true;\n    });\n  }\n}",
  ["extension", "on Stream<Duration>", "where"])
T(U5, "top", "performance", "Sadece parça değişince yeniden çizilen, ValueListenableBuilder kullanan bir sarmalayıcı yaz",
  "class TrackListenable extends StatelessWidget {\n  const TrackListenable({super.key, required this.track, required this.builder});\n\n  final ValueListenable<Track> track;\n  final Widget Function(BuildContext context, Track track) builder;\n\n  @override\n  Widget build(BuildContext context) {\n    return ValueListenableBuilder<Track>(\n      valueListenable: track,\n      builder: (context, value, _) => builder(context, value),\n    );\n  }\n}",
  ["ValueListenableBuilder", "ValueListenable<Track>"])
T(U6, "top", "forms", "Şarkı adını doğrulayan bir validator fonksiyonu yaz (boş olamaz, 100 karakteri geçemez)",
  "String? validateTrackTitle(String? value) {\n  if (value == null || value.trim().isEmpty) return 'Şarkı adı boş olamaz';\n  if (value.length > 100) return 'En fazla 100 karakter';\n  return null;\n}",
  ["String?", "isEmpty", "return null"])
T(N2, "top", "lists", "Haberleri gün başlıklarıyla ayıran, bugün/dün gruplayan bir fonksiyon yaz",
  "Map<DateTime, List<Article>> groupByDay(List<Article> articles) {\n  final groups = <DateTime, List<Article>>{};\n  for (final article in articles) {\n    final d = article.publishedAt;\n    groups.putIfAbsent(DateTime(d.year, d.month, d.day), () => []).add(article);\n  }\n  return groups;\n}",
  ["putIfAbsent", "publishedAt"])
T(N3, "top", "performance", "Büyük JSON cevabını isolate'te ayrıştıran bir fonksiyon",
  "Future<List<Article>> parseArticlesInIsolate(List<dynamic> items) {\n  return Isolate.run(\n    () => items.map((e) => Article.fromJson(e as Map<String, dynamic>)).toList(),\n  );\n}",
  ["Isolate.run", "Article.fromJson"])
T(N7, "top", "state", "Yer imi sayısını gösteren, BookmarksStore.urls'i dinleyen bir rozet widget'ı yaz",
  "class BookmarkCountBadge extends StatelessWidget {\n  const BookmarkCountBadge({super.key, required this.store, required this.child});\n\n  final BookmarksStore store;\n  final Widget child;\n\n  @override\n  Widget build(BuildContext context) {\n    return ValueListenableBuilder<Set<String>>(\n      valueListenable: store.urls,\n      builder: (context, urls, _) => Badge.count(count: urls.length, isLabelVisible: urls.isNotEmpty, child: child),\n    );\n  }\n}",
  ["ValueListenableBuilder", "store.urls", "Badge"])
T(M3, "top", "async", "Konumu bir kez almak için stream'in ilk değerini 5 saniye bekleyen bir fonksiyon",
  "Future<(double, double)> firstLocation(NativeLocationService service) {\n  final completer = Completer<(double, double)>();\n  service.startListening((lat, lng) {\n    if (!completer.isCompleted) completer.complete((lat, lng));\n  });\n  return completer.future.timeout(const Duration(seconds: 5));\n}",
  ["Completer", "startListening", "timeout"])
T(R5, "top", "storage", "Cache'in ne zaman yazıldığını da tutan, JSON'a çevrilebilen bir CacheEntry sınıfı",
  "class CacheEntry {\n  CacheEntry(this.body, this.savedAt);\n\n  factory CacheEntry.fromJson(Map<String, dynamic> json) =>\n      CacheEntry(json['body'] as String, DateTime.parse(json['savedAt'] as String));\n\n  final String body;\n  final DateTime savedAt;\n\n  bool get isStale => DateTime.now().difference(savedAt) > const Duration(hours: 1);\n\n  Map<String, dynamic> toJson() => {'body': body, 'savedAt': savedAt.toIso8601String()};\n}",
  ["fromJson", "toJson", "DateTime.parse", "toIso8601String"])
T(N1, "top", "forms", "Uygulama genelindeki TextField'ların görünümünü tek yerden ayarlayan bir InputDecorationTheme sabiti",
  "const appInputTheme = InputDecorationTheme(\n  border: OutlineInputBorder(),\n  filled: true,\n  contentPadding: EdgeInsets.symmetric(horizontal: 16, vertical: 12),\n);",
  ["InputDecorationTheme", "OutlineInputBorder"])
T(U3, "top", "animations", "Tema değişiminde kullanılacak standart animasyon süresi ve eğrisi sabitleri",
  "const kThemeChangeDuration = Duration(milliseconds: 350);\nconst kThemeChangeCurve = Curves.easeInOutCubic;",
  ["Duration", "Curves"])

# element
T(R1, "actions", "forms", "AppBar'a arama kutusunu açıp kapatan bir ikon koy; açıkken _searchController'ı temizlesin",
  "IconButton(\n  icon: const Icon(Icons.search_off),\n  tooltip: 'Aramayı temizle',\n  onPressed: () {\n    _searchController.clear();\n    _query = '';\n    _loadRecipes();\n  },\n),",
  ["IconButton", "_searchController.clear", "_loadRecipes"])
T(R2, "content", "images_assets", "Tarifin ek fotoğraflarını yatay kaydırılabilir bir şerit halinde göster",
  "const SizedBox(height: 16),\nSizedBox(\n  height: 100,\n  child: ListView.separated(\n    scrollDirection: Axis.horizontal,\n    itemCount: recipe.gallery.length,\n    separatorBuilder: (_, __) => const SizedBox(width: 8),\n    itemBuilder: (context, index) => Image.network(recipe.gallery[index], width: 100, fit: BoxFit.cover),\n  ),\n),",
  ["ListView", "Axis.horizontal", "recipe.gallery"])
T(R3, "fields", "forms", "Açıklama için çok satırlı bir alan ekle (en az 3, en fazla 6 satır)",
  "TextFormField(\n  decoration: const InputDecoration(labelText: 'Açıklama', alignLabelWithHint: true),\n  minLines: 3,\n  maxLines: 6,\n  keyboardType: TextInputType.multiline,\n),",
  ["TextFormField", "minLines", "maxLines"])
T(R3, "fields", "forms", "Etiketler için bir alan ekle, altında 'Virgülle ayırın' yardım metni olsun",
  "TextFormField(\n  decoration: const InputDecoration(\n    labelText: 'Etiketler',\n    helperText: 'Virgülle ayırın',\n  ),\n  textCapitalization: TextCapitalization.none,\n),",
  ["TextFormField", "helperText"])
T(R7, "buttons", "async", "+1 dakika ekleyen bir buton koy",
  "TextButton(\n  onPressed: () => setState(() => _remaining += const Duration(minutes: 1)),\n  child: const Text('+1 dk'),\n),",
  ["TextButton", "_remaining", "Duration(minutes: 1)"])
T(M1, "header", "async", "Yükleme sürerken en üstte ince ilerleme çubuğu göster (konum henüz yoksa)",
  "if (_position == null && _error == null) const LinearProgressIndicator(),",
  ["LinearProgressIndicator", "_position == null"])
T(M4, "listchildren", "lists", "Sonuçların üstünde kaç yer bulunduğunu yazan küçük bir başlık göster",
  "if (_results.isNotEmpty)\n  Padding(\n    padding: const EdgeInsets.fromLTRB(16, 12, 16, 4),\n    child: Text('${_results.length} sonuç', style: Theme.of(context).textTheme.labelLarge),\n  ),",
  ["_results.length", "Text"])
T(M6, "header", "animations", "Yerin adı büyüklüğü ile kayarken hafifçe belirsin diye AnimatedOpacity koy",
  "AnimatedOpacity(\n  opacity: 1,\n  duration: const Duration(milliseconds: 300),\n  child: Text(place.category.toUpperCase()),\n),",
  ["AnimatedOpacity", "duration"])
T(U1, "controls", "navigation", "Şarkı sözleri butonu ekle, basınca sözler alttan açılan bir sheet'te görünsün",
  "IconButton(\n  icon: const Icon(Icons.lyrics_outlined),\n  onPressed: () => showModalBottomSheet<void>(\n    context: context,\n    builder: (context) => SingleChildScrollView(\n      padding: const EdgeInsets.all(24),\n      child: Text(widget.controller.current.lyrics ?? 'Söz bulunamadı'),\n    ),\n  ),\n),",
  ["showModalBottomSheet", "widget.controller.current.lyrics"])
T(U3, "extensions", "theming", "Waveform rengi tertiary olsun",
  "PlayerColors(waveform: scheme.tertiary, miniPlayer: scheme.surfaceContainer),",
  ["PlayerColors", "scheme.tertiary"])
T(U7, "tracklist", "performance", "Şarkılar çoksa ListView yerine sadece ilk 50'yi göster ve sonuna 'Tümünü gör' satırı koy",
  "for (final track in tracks.take(50))\n  ListTile(title: Text(track.title), subtitle: Text(track.artist)),\nif (tracks.length > 50)\n  ListTile(\n    title: const Text('Tümünü gör'),\n    trailing: const Icon(Icons.chevron_right),\n    onTap: () => Navigator.of(context).pushNamed('/tracks'),\n  ),",
  ["tracks.take", "tracks.length > 50"])
T(N1, "locales", "localization", "Sadece Türkçe destekleniyor",
  "Locale('tr'),", ["Locale"])
T(N4, "items", "theming", "Tema rengi seçimi için 4 renkli daire koy; basınca seçilen renk prefs'e kaydedilsin",
  "Wrap(\n  spacing: 12,\n  children: [\n    for (final color in const [Colors.indigo, Colors.teal, Colors.orange, Colors.pink])\n      GestureDetector(\n        onTap: () => widget.prefs.setInt('seed_color', color.toARGB32()),\n        child: CircleAvatar(backgroundColor: color, radius: 16),\n      ),\n  ],\n),",
  ["CircleAvatar", "widget.prefs.setInt", "GestureDetector | InkWell"])
T(N5, "body", "animations", "Görsel Hero ile feed'den gelsin (tag article.url)",
  "Hero(\n  tag: article.url,\n  child: Image.network(article.imageUrl, fit: BoxFit.cover),\n),\nconst SizedBox(height: 16),",
  ["Hero", "article.url"])
T(N8, "headerchildren", "widgets_layout", "Şehir adını ikonla birlikte küçük bir satırda göster",
  "Row(\n  children: [\n    const Icon(Icons.location_on_outlined, size: 16),\n    const SizedBox(width: 4),\n    Text(city, style: Theme.of(context).textTheme.labelMedium),\n  ],\n),",
  ["Row", "Icon", "city"])
T(M2, "routes", "navigation", "/map/search rotası için tam ekran modal (fullscreenDialog) sayfa ekle",
  "GoRoute(\n  path: '/search',\n  pageBuilder: (context, state) => const MaterialPage(\n    fullscreenDialog: true,\n    child: PlaceSearchScreen(),\n  ),\n),",
  ["GoRoute", "fullscreenDialog: true", "MaterialPage"])
T(R9, "destinations", "localization", "Etiketler çeviriden gelemiyor çünkü const liste; şimdilik İngilizce etiketlerle üç sekme koy",
  "NavigationDestination(icon: Icon(Icons.restaurant_menu), label: 'Recipes'),\nNavigationDestination(icon: Icon(Icons.favorite_border), label: 'Favorites'),\nNavigationDestination(icon: Icon(Icons.shopping_cart_outlined), label: 'Shopping'),",
  ["NavigationDestination"])
T(R10, "cardchildren", "performance", "Resmi kartın genişliğine göre düşük çözünürlükte decode et",
  "if (widget.recipe.imageUrl != null)\n  LayoutBuilder(\n    builder: (context, constraints) => Image.network(\n      widget.recipe.imageUrl!,\n      height: 160,\n      width: double.infinity,\n      fit: BoxFit.cover,\n      cacheWidth: (constraints.maxWidth * MediaQuery.devicePixelRatioOf(context)).round(),\n    ),\n  ),",
  ["cacheWidth", "devicePixelRatioOf", "LayoutBuilder"])

# argument
T(R1, "listargs", "lists", "Liste içeriği az olsa da her zaman kaydırılabilsin (RefreshIndicator için)",
  "physics: const AlwaysScrollableScrollPhysics(),", ["AlwaysScrollableScrollPhysics"])
T(R3, "titleargs", "forms", "Kelimelerin ilk harfi otomatik büyük olsun",
  "textCapitalization: TextCapitalization.words,", ["TextCapitalization.words"])
T(R7, "textargs", "animations", "Yazı değişince ekran okuyucuya sadece dakika değişimini bildirsin; semantik etiket ver",
  "semanticsLabel: '${_remaining.inMinutes} dakika kaldı',", ["semanticsLabel", "_remaining.inMinutes"])
T(M4, "decorationargs", "theming", "Arama kutusu dolu arka planlı ve yuvarlak kenarlı olsun",
  "filled: true,\nfillColor: Theme.of(context).colorScheme.surfaceContainerHighest,\nenabledBorder: OutlineInputBorder(\n  borderRadius: BorderRadius.circular(24),\n  borderSide: BorderSide.none,\n),",
  ["filled: true", "fillColor", "OutlineInputBorder"])
T(M6, "sheetargs", "state", "Sheet boyutunu dışarıdan kontrol edebilmek için bir DraggableScrollableController ver",
  "controller: DraggableScrollableController(),\ninitialChildSize: 0.4,", ["DraggableScrollableController"])
T(U1, "sliderargs", "performance", "Sürüklerken her değişimde değil, bıraktığında seek et; başlarken de _dragValue'yu ayarla",
  "onChangeStart: (value) => setState(() => _dragValue = value),\nonChangeEnd: (value) {\n  widget.controller.seek(Duration(milliseconds: value.round()));\n  setState(() => _dragValue = null);\n},",
  ["onChangeStart", "onChangeEnd", "widget.controller.seek"])
T(U2, "listargs", "lists", "Sürükleme tutamacı sağda otomatik çıkmasın, satırın tamamı uzun basınca sürüklensin",
  "buildDefaultDragHandles: false,", ["buildDefaultDragHandles: false"])
T(U5, "progressargs", "animations", "İlerleme çubuğu değişimlerinde yumuşak geçiş için değer animasyonlu gelsin diye yuvarlak uçlu yap",
  "minHeight: 3,\nborderRadius: BorderRadius.circular(2),", ["borderRadius", "minHeight"])
T(U7, "gridargs", "performance", "Grid ekran dışındaki hücreleri canlı tutmasın, bellek tasarrufu için",
  "addAutomaticKeepAlives: false,\ngridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(crossAxisCount: 2),",
  ["addAutomaticKeepAlives: false"])
T(N1, "appargs", "navigation", "İlk açılışta '/onboarding' rotası, onGenerateRoute ile bilinmeyen rotada ana sayfa açılsın",
  "initialRoute: prefs.getBool('onboarded') == true ? '/' : '/onboarding',\nonGenerateRoute: (settings) => MaterialPageRoute(builder: (_) => const FeedScreen()),",
  ["initialRoute", "onGenerateRoute"])
T(N4, "notifargs", "animations", "Switch'in thumb ikonu açıkken zil, kapalıyken zil-kapalı olsun",
  "thumbIcon: WidgetStateProperty.resolveWith(\n  (states) => Icon(\n    states.contains(WidgetState.selected) ? Icons.notifications : Icons.notifications_off,\n  ),\n),\nonChanged: (value) => setState(() => _notifications = value),",
  ["thumbIcon", "WidgetStateProperty", "WidgetState.selected"])
T(R11, "boxargs", "images_assets", "Fotoğraf yokken kutunun arka planında assets'teki desen resmi görünsün",
  "width: double.infinity,\ndecoration: const BoxDecoration(\n  image: DecorationImage(\n    image: AssetImage('assets/images/pattern.png'),\n    repeat: ImageRepeat.repeat,\n  ),\n),",
  ["DecorationImage", "AssetImage"])
T(R10, "containerargs", "theming", "Kart rengi temanın surfaceContainerLow'u, köşeler 12 yuvarlak",
  "margin: const EdgeInsets.all(8),\ndecoration: BoxDecoration(\n  color: Theme.of(context).colorScheme.surfaceContainerLow,\n  borderRadius: BorderRadius.circular(12),\n),",
  ["colorScheme.surfaceContainerLow", "BorderRadius.circular"])
# callback
T(R1, "ontap", "state", "Seçilen tarifi son görüntülenenler listesinin başına ekle, sonra detaya git",
  "setState(() {\n  _recipes\n    ..remove(recipe)\n    ..insert(0, recipe);\n});\nNavigator.of(context).push(\n  MaterialPageRoute(builder: (_) => RecipeDetailPage(recipe: recipe)),\n);",
  ["setState", "insert", "RecipeDetailPage"])
T(R2, "share", "platform", "Paylaşılan metne tarifin süresini de ekle",
  "Share.share('${recipe.title} (${recipe.minutes} dk) tarifine bak!');",
  ["Share.share | SharePlus.instance.share"])
T(R10, "expand", "performance", "Sadece açılırken malzemeleri konsola yazdırma, gereksiz setState yapma: durum aynıysa çık",
  "final next = !_expanded;\nif (next == _expanded) return;\nsetState(() => _expanded = next);",
  ["setState", "_expanded"])
T(R11, "galleryPressed", "images_assets", "Galeriden birden fazla fotoğraf seçtir, ilkini kullan",
  "_picker.pickMultiImage().then((files) {\n  if (files.isEmpty) return;\n  setState(() => _photo = File(files.first.path));\n  widget.onPicked(_photo!);\n});",
  ["_picker.pickMultiImage", "files.first"])
T(M1, "directions", "platform", "iOS'taysa Apple Haritalar'da, değilse Google Maps'te yol tarifi aç",
  "final isIos = Theme.of(context).platform == TargetPlatform.iOS;\nfinal uri = isIos\n    ? Uri.parse('https://maps.apple.com/?daddr=${place.lat},${place.lng}')\n    : Uri.parse('https://www.google.com/maps/dir/?api=1&destination=${place.lat},${place.lng}');\nawait launchUrl(uri, mode: LaunchMode.externalApplication);",
  ["TargetPlatform.iOS", "launchUrl"])
T(M4, "onchanged", "async", "Önceki zamanlayıcıyı iptal et, 500 ms sonra arama yap ve _searching'i ayarla",
  "_debounce?.cancel();\n_debounce = Timer(const Duration(milliseconds: 500), () async {\n  setState(() => _searching = true);\n  final results = await widget.api.search(text);\n  if (!mounted) return;\n  setState(() {\n    _results = results;\n    _searching = false;\n  });\n});",
  ["_debounce?.cancel", "Timer", "_searching"])
T(M4, "resulttap", "storage", "Seçilen yerin id'sini son seçilen olarak SharedPreferences'a yaz, sonra geri dön",
  "SharedPreferences.getInstance().then((prefs) => prefs.setString('last_place_id', place.id));\nNavigator.of(context).pop(place);",
  ["SharedPreferences.getInstance", "setString", "pop"])
T(U2, "dismissed", "lists", "Şarkıyı sil ve kaç şarkı kaldığını SnackBar'da göster",
  "playlist.removeAt(index);\nScaffoldMessenger.of(context).showSnackBar(\n  SnackBar(content: Text('${playlist.tracks.length} şarkı kaldı')),\n);",
  ["playlist.removeAt", "playlist.tracks.length", "showSnackBar"])
T(U7, "albumtap", "async", "Albüm sayfasına gitmeden önce kapağı belleğe al",
  "precacheImage(NetworkImage(album.coverUrl), context).then((_) {\n  if (!context.mounted) return;\n  Navigator.of(context).push(MaterialPageRoute(builder: (_) => AlbumPage(album: album)));\n});",
  ["precacheImage", "NetworkImage", "AlbumPage"])
T(N4, "clearcache", "async", "Temizlerken bir yükleniyor dialogu göster, bitince kapat",
  "showDialog<void>(\n  context: context,\n  barrierDismissible: false,\n  builder: (_) => const Center(child: CircularProgressIndicator()),\n);\nawait widget.prefs.remove('cached_headlines');\nif (!context.mounted) return;\nNavigator.of(context).pop();",
  ["showDialog", "CircularProgressIndicator", "pop"])
T(N5, "opensource", "storage", "Kaynağa gitmeden önce haberi yer imlerine de ekle",
  "await bookmarks.add(article);\nawait launchUrl(Uri.parse(article.url));",
  ["bookmarks.add", "launchUrl"])
T(N2, "refresh", "performance", "Yenileme en az 1 saniyede bir yapılabilsin, çok sık çekilirse hiçbir şey yapma",
  "final now = DateTime.now();\nif (_lastRefresh != null && now.difference(_lastRefresh!) < const Duration(seconds: 1)) return;\n_lastRefresh = now;\n_articles.clear();\n_page = 1;\n_hasMore = true;\nawait _loadMore();",
  ["_lastRefresh", "difference", "_loadMore"])
T(N6, "headlines", "testing", "Ekrana sığmayan haberi bulana kadar kaydır ve görünür olduğunu doğrula",
  "await tester.pumpAndSettle();\nawait tester.scrollUntilVisible(find.text('Deprem tatbikatı yapıldı'), 200);\nexpect(find.text('Deprem tatbikatı yapıldı'), findsOneWidget);",
  ["tester.scrollUntilVisible", "expect"])
T(R8, "taptest", "testing", "Karta dokunduktan sonra animasyonların bitmesini bekle ve semantics etiketi kontrol et",
  "await tester.tap(find.byType(RecipeCard));\nawait tester.pumpAndSettle();\nexpect(tapped, isTrue);\nexpect(find.bySemanticsLabel('Mercimek Çorbası'), findsOneWidget);",
  ["pumpAndSettle", "find.bySemanticsLabel"])

# class body
T(R1, "members", "http_json", "Arama sonucunu JSON'dan çözen ve _recipes'e yazan, hata olursa boş bırakan bir metot yaz",
  "void _applyJson(String body) {\n  try {\n    final list = jsonDecode(body) as List<dynamic>;\n    setState(() => _recipes = list.map((e) => Recipe.fromJson(e as Map<String, dynamic>)).toList());\n  } on FormatException {\n    setState(() => _recipes = []);\n  }\n}",
  ["jsonDecode", "Recipe.fromJson", "FormatException"])
T(R3, "members", "forms", "Formu temizleyen bir _reset metodu yaz",
  "void _reset() {\n  _formKey.currentState?.reset();\n  _titleController.clear();\n  _minutesController.clear();\n  setState(() {\n    _category = 'Ana yemek';\n    _vegetarian = false;\n  });\n}",
  ["_formKey.currentState", "reset", "_titleController.clear"])
T(R3, "members", "forms", "Sayfa açılınca başlık alanına odaklan",
  "@override\nvoid initState() {\n  super.initState();\n  WidgetsBinding.instance.addPostFrameCallback((_) => _titleFocus.requestFocus());\n}",
  ["initState", "_titleFocus.requestFocus"])
T(R7, "members", "animations", "Kalan süreyi ekrana yazarken renk de değişsin diye ColorTween'li bir animasyon tanımla",
  "late final Animation<Color?> _color = ColorTween(begin: Colors.green, end: Colors.red).animate(_progress);",
  ["ColorTween", "animate", "_progress"])
T(R10, "members", "animations", "Kart ekrana ilk geldiğinde bir kere hafif zıplasın diye initState'te bayrak ayarla",
  "bool _appeared = false;\n\n@override\nvoid initState() {\n  super.initState();\n  WidgetsBinding.instance.addPostFrameCallback((_) {\n    if (mounted) setState(() => _appeared = true);\n  });\n}",
  ["addPostFrameCallback", "_appeared", "setState"])
T(M4, "members", "performance", "Aynı sorgu için sonuçları bellekte tutan basit bir cache alanı ve onu kullanan arama metodu",
  "final Map<String, List<Place>> _cache = {};\n\nFuture<void> _search(String text) async {\n  final cached = _cache[text];\n  if (cached != null) {\n    setState(() => _results = cached);\n    return;\n  }\n  final results = await widget.api.search(text);\n  _cache[text] = results;\n  if (mounted) setState(() => _results = results);\n}",
  ["_cache", "widget.api.search", "setState"])
T(U1, "members", "images_assets", "Şarkı değişince sıradaki şarkının kapağını önceden yükleyen bir metot",
  "void _precacheNext(Track next) {\n  precacheImage(NetworkImage(next.coverUrl), context);\n}",
  ["precacheImage", "NetworkImage", "coverUrl"])
T(U2, "members", "images_assets", "Satırın solunda gösterilecek küçük kapak widget'ını üreten metot",
  "Widget _cover(Track track) {\n  return ClipRRect(\n    borderRadius: BorderRadius.circular(4),\n    child: Image.network(track.coverUrl, width: 44, height: 44, fit: BoxFit.cover),\n  );\n}",
  ["ClipRRect", "Image.network", "track.coverUrl"])
T(N2, "members", "http_json", "Haber listesini JSON olarak dışa aktaran bir metot (paylaşmak için)",
  "String _exportJson() => jsonEncode(_articles.map((a) => a.toJson()).toList());",
  ["jsonEncode", "toJson", "_articles"])
T(N4, "members", "forms", "Yazı boyutu değerini 0.8-1.5 arasına sıkıştırıp kaydeden bir metot",
  "Future<void> _setFontScale(double value) async {\n  final clamped = value.clamp(0.8, 1.5).toDouble();\n  setState(() => _fontScale = clamped);\n  await widget.prefs.setDouble('font_scale', clamped);\n}",
  ["clamp", "widget.prefs.setDouble", "setState"])
T(N8, "members", "images_assets", "Sabah/akşam durumuna göre assets'ten farklı bir başlık görseli seçen getter",
  "String get _headerImage => DateTime.now().hour < 18\n    ? 'assets/images/header_day.png'\n    : 'assets/images/header_night.png';",
  ["DateTime.now", "hour"])
T(U6, "members", "http_json", "Sadece başlık ve sanatçıyı içeren hafif bir JSON özeti döndür",
  "Map<String, String> toSummaryJson() => {'title': title, 'artist': artist};",
  ["Map<String, String>", "title", "artist"])
# statements
T(R4, "parse", "http_json", "Body boşsa boş liste dön, değilse listeyi ayrıştır",
  "if (body.trim().isEmpty) return const [];\nfinal data = jsonDecode(body) as List<dynamic>;\nreturn data.map((e) => Recipe.fromJson(e as Map<String, dynamic>)).toList();",
  ["isEmpty", "jsonDecode", "Recipe.fromJson"])
T(M5, "save", "forms", "İsmi boş olan yeri kaydetme, ArgumentError fırlat",
  "if (place.name.trim().isEmpty) {\n  throw ArgumentError.value(place.name, 'place.name', 'Yer adı boş olamaz');\n}\nawait _db.insert('places', place.toMap(), conflictAlgorithm: ConflictAlgorithm.replace);",
  ["ArgumentError", "_db.insert"])
T(N3, "search", "forms", "Aranan metin 2 karakterden kısaysa ArgumentError fırlat",
  "if (text.trim().length < 2) {\n  throw ArgumentError('Arama en az 2 karakter olmalı');\n}\nfinal response = await _dio.get<Map<String, dynamic>>('everything', queryParameters: {'q': text});\nfinal items = response.data!['articles'] as List<dynamic>;\nreturn items.map((e) => Article.fromJson(e as Map<String, dynamic>)).toList();",
  ["ArgumentError", "_dio.get"])


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "rows ->", OUT)
    print(sorted(Counter(r["position"] for r in rows).items()))
    print(sorted(Counter(r["topic"] for r in rows).items()))
    per = Counter((t["host"], t["slot"], t["answer"]) for t in TASKS)
    print("over-shared:", [k[:2] for k, v in per.items() if v > 3])
    print("per host:", sorted(Counter(t["host"] for t in TASKS).items()))


if __name__ == "__main__":
    main()
