"""In-context held-out rows, batch 5 (holdout-e3): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics forms, http_json, images_assets, dart_language
(5 rows each, one per position); app domains a campsite-reservation app and a second-hand marketplace app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-e3.py  -> data/in_context/drafts/holdout-e3.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-e3", "holde3")
row = ROWS.row


# ================================================================ statements

row("forms", "statements", r"""
import 'package:flutter/material.dart';

class ReservationRequest {
  const ReservationRequest({
    required this.fullName,
    required this.checkIn,
    required this.checkOut,
    required this.guests,
  });

  final String fullName;
  final DateTime checkIn;
  final DateTime checkOut;
  final int guests;
}

class ReservationForm extends StatefulWidget {
  const ReservationForm({super.key, required this.siteName, required this.onSubmit});

  final String siteName;
  final ValueChanged<ReservationRequest> onSubmit;

  @override
  State<ReservationForm> createState() => _ReservationFormState();
}

class _ReservationFormState extends State<ReservationForm> {
  final _formKey = GlobalKey<FormState>();
  final _nameController = TextEditingController();
  DateTime _checkIn = DateUtils.dateOnly(DateTime.now());
  DateTime _checkOut = DateUtils.dateOnly(DateTime.now()).add(const Duration(days: 1));
  int _guests = 2;

  @override
  void dispose() {
    _nameController.dispose();
    super.dispose();
  }

  void _submit() {
    // form gecersizse dur; cikis tarihi giristen sonra degilse snackbar'da 'Çıkış tarihi girişten sonra olmalı' yaz, sorun yoksa onSubmit'e ReservationRequest gonder
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Text(widget.siteName, style: Theme.of(context).textTheme.titleLarge),
          TextFormField(
            controller: _nameController,
            decoration: const InputDecoration(labelText: 'Ad soyad'),
            validator: (v) => (v == null || v.trim().isEmpty) ? 'Ad soyad gerekli' : null,
          ),
          ListTile(
            title: const Text('Giriş - Çıkış'),
            subtitle: Text('${_checkIn.day}.${_checkIn.month} - ${_checkOut.day}.${_checkOut.month}'),
            trailing: const Icon(Icons.date_range),
            onTap: () async {
              final range = await showDateRangePicker(
                context: context,
                firstDate: DateUtils.dateOnly(DateTime.now()),
                lastDate: DateTime.now().add(const Duration(days: 365)),
              );
              if (range == null) return;
              setState(() {
                _checkIn = range.start;
                _checkOut = range.end;
              });
            },
          ),
          DropdownButton<int>(
            value: _guests,
            items: [for (var i = 1; i <= 6; i++) DropdownMenuItem(value: i, child: Text('$i kişi'))],
            onChanged: (v) => setState(() => _guests = v ?? _guests),
          ),
          FilledButton(onPressed: _submit, child: const Text('Rezervasyon yap')),
        ],
      ),
    );
  }
}
""", r"""
if (!_formKey.currentState!.validate()) return;
if (!_checkOut.isAfter(_checkIn)) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Çıkış tarihi girişten sonra olmalı')),
  );
  return;
}
widget.onSubmit(ReservationRequest(
  fullName: _nameController.text.trim(),
  checkIn: _checkIn,
  checkOut: _checkOut,
  guests: _guests,
));
""", ["validate", "_checkIn", "_checkOut", "isAfter | isBefore | compareTo | difference",
      "ScaffoldMessenger | showSnackBar", "SnackBar", "widget.onSubmit", "_nameController", "_guests"],
    checks=["call .validate", "call .showSnackBar", "literal 'girişten sonra olmalı'",
            "call ReservationRequest(fullName, checkIn, checkOut, guests)"])

row("http_json", "statements", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class NewListing {
  const NewListing({
    required this.title,
    required this.description,
    required this.price,
    required this.categoryId,
    required this.photoUrls,
  });

  final String title;
  final String description;
  final int price;
  final int categoryId;
  final List<String> photoUrls;

  Map<String, dynamic> toJson() => {
        'title': title,
        'description': description,
        'price': price,
        'category_id': categoryId,
        'photo_urls': photoUrls,
      };
}

class ApiException implements Exception {
  ApiException(this.statusCode, this.message);

  final int statusCode;
  final String message;

  @override
  String toString() => 'ApiException($statusCode): $message';
}

class ListingApi {
  ListingApi(this._client, this._token);

  final http.Client _client;
  final String _token;

  static final _base = Uri.parse('https://api.ikinciel.app/v2/');

  Future<void> deleteListing(int id) async {
    final response = await _client.delete(
      _base.resolve('listings/$id'),
      headers: {'Authorization': 'Bearer $_token'},
    );
    if (response.statusCode != 204) throw ApiException(response.statusCode, response.body);
  }

  Future<int> createListing(NewListing listing) async {
    // ilani json olarak /listings'e POST et (Content-Type ve Bearer token header'lari olsun), 201 gelmezse ApiException firlat, cevaptaki id'yi dondur
  }
}
""", r"""
final response = await _client.post(
  _base.resolve('listings'),
  headers: {
    'Content-Type': 'application/json',
    'Authorization': 'Bearer $_token',
  },
  body: jsonEncode(listing.toJson()),
);
if (response.statusCode != 201) {
  throw ApiException(response.statusCode, response.body);
}
final data = jsonDecode(response.body) as Map<String, dynamic>;
return data['id'] as int;
""", ["post", "jsonEncode | json.encode", "toJson", "statusCode", "throw ApiException", "jsonDecode | json.decode",
      "return"],
    must_not=["body: listing.toJson()", "body: listing"],
    checks=["call .post(headers, body)", "literal 'Content-Type'", "literal 'application/json'", "literal 'Bearer'",
            "literal 201", "literal 'id'", "literal 'listings'"])

row("images_assets", "statements", r"""
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:image_picker/image_picker.dart';

class ListingPhotosField extends StatefulWidget {
  const ListingPhotosField({super.key, required this.onChanged});

  final ValueChanged<List<File>> onChanged;

  @override
  State<ListingPhotosField> createState() => _ListingPhotosFieldState();
}

class _ListingPhotosFieldState extends State<ListingPhotosField> {
  static const _maxPhotos = 8;

  final _picker = ImagePicker();
  final List<File> _photos = [];

  Future<void> _addFromGallery() async {
    // galeriden birden fazla foto sectir (genislik en fazla 1600, kalite 80), toplam _maxPhotos'u asmayacak kadarini _photos'a ekle ve onChanged'i cagir
  }

  void _remove(int index) {
    setState(() => _photos.removeAt(index));
    widget.onChanged(List.of(_photos));
  }

  @override
  Widget build(BuildContext context) {
    return GridView.count(
      crossAxisCount: 4,
      shrinkWrap: true,
      mainAxisSpacing: 8,
      crossAxisSpacing: 8,
      children: [
        for (var i = 0; i < _photos.length; i++)
          GestureDetector(
            onLongPress: () => _remove(i),
            child: ClipRRect(
              borderRadius: BorderRadius.circular(8),
              child: Image.file(_photos[i], fit: BoxFit.cover),
            ),
          ),
        if (_photos.length < _maxPhotos)
          OutlinedButton(
            onPressed: _addFromGallery,
            child: const Icon(Icons.add_a_photo_outlined),
          ),
      ],
    );
  }
}
""", r"""
final picked = await _picker.pickMultiImage(maxWidth: 1600, imageQuality: 80);
if (picked.isEmpty) return;
final room = _maxPhotos - _photos.length;
setState(() {
  _photos.addAll(picked.take(room).map((image) => File(image.path)));
});
widget.onChanged(List.of(_photos));
""", ["pickMultiImage | pickMultipleMedia", "_maxPhotos", "_photos", "File", "path", "setState", "widget.onChanged",
      "take | sublist | length | break"],
    must_not=["ImageSource.camera"],
    checks=["call .pickMultiImage | .pickMultipleMedia(maxWidth, imageQuality)", "literal 1600", "literal 80"])

row("dart_language", "statements", r"""
enum PitchType { tent, caravan, bungalow }

class Pitch {
  const Pitch({required this.code, required this.type, required this.nightlyPrice});

  final String code;
  final PitchType type;
  final double nightlyPrice;
}

class PriceQuote {
  const PriceQuote({required this.nights, required this.total});

  final int nights;
  final double total;
}

class PriceCalculator {
  const PriceCalculator({this.weekendSurcharge = 0.25, this.electricityPerNight = 60});

  final double weekendSurcharge;
  final double electricityPerNight;

  PriceQuote quote(Pitch pitch, DateTime checkIn, DateTime checkOut, {bool electricity = false}) {
    var nights = 0;
    var total = 0.0;
    // giristen cikisa kadar her geceyi gez; cuma ve cumartesi geceleri weekendSurcharge kadar pahali olsun, elektrik istenmisse her geceye electricityPerNight ekle
    return PriceQuote(nights: nights, total: total);
  }
}

String formatPrice(double value) => '${value.toStringAsFixed(2)} ₺';
""", r"""
for (var night = checkIn; night.isBefore(checkOut); night = night.add(const Duration(days: 1))) {
  nights++;
  final isWeekend = night.weekday == DateTime.friday || night.weekday == DateTime.saturday;
  total += isWeekend ? pitch.nightlyPrice * (1 + weekendSurcharge) : pitch.nightlyPrice;
  if (electricity) total += electricityPerNight;
}
""", ["for | while", "weekday", "DateTime.friday | 5", "DateTime.saturday | 6", "pitch.nightlyPrice",
      "* weekendSurcharge | 1 + weekendSurcharge | 1.0 + weekendSurcharge | weekendSurcharge *",
      "electricity", "electricityPerNight", "nights", "total"],
    must_not=["DateTime.sunday"])

# ================================================================ callback

row("forms", "callback", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class EditPricePage extends StatefulWidget {
  const EditPricePage({super.key, required this.title, required this.currentPrice});

  final String title;
  final int currentPrice;

  @override
  State<EditPricePage> createState() => _EditPricePageState();
}

class _EditPricePageState extends State<EditPricePage> {
  final _formKey = GlobalKey<FormState>();
  late final _priceController = TextEditingController(text: '${widget.currentPrice}');
  bool _negotiable = false;

  @override
  void dispose() {
    _priceController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.title)),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _priceController,
              keyboardType: TextInputType.number,
              inputFormatters: [FilteringTextInputFormatter.digitsOnly],
              decoration: const InputDecoration(labelText: 'Fiyat', suffixText: '₺'),
              validator: (value) {
                // bos ya da sayi degilse 'Fiyat girin', 10 TL'den azsa 'En az 10 TL olmalı' dondur
              },
            ),
            CheckboxListTile(
              title: const Text('Pazarlığa açık'),
              value: _negotiable,
              onChanged: (v) => setState(() => _negotiable = v ?? false),
            ),
            FilledButton(
              onPressed: () {
                if (_formKey.currentState!.validate()) {
                  Navigator.pop(context, (int.parse(_priceController.text), _negotiable));
                }
              },
              child: const Text('Kaydet'),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
final price = int.tryParse(value?.trim() ?? '');
if (price == null) return 'Fiyat girin';
if (price < 10) return 'En az 10 TL olmalı';
return null;
""", ["int.tryParse | double.tryParse | num.tryParse", "< 10 | <= 9 | 10 >", "null"],
    must_not=["int.parse", "double.parse", "num.parse", "<= 10"],
    checks=["literal 'Fiyat girin'", "literal 'En az 10 TL'"])

row("http_json", "callback", r"""
import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

class Booking {
  const Booking({required this.id, required this.siteName, required this.checkIn, required this.nights});

  final int id;
  final String siteName;
  final DateTime checkIn;
  final int nights;
}

class MyBookingsPage extends StatefulWidget {
  const MyBookingsPage({super.key, required this.client, required this.token, required this.bookings});

  final http.Client client;
  final String token;
  final List<Booking> bookings;

  @override
  State<MyBookingsPage> createState() => _MyBookingsPageState();
}

class _MyBookingsPageState extends State<MyBookingsPage> {
  late final List<Booking> _bookings = List.of(widget.bookings);

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Rezervasyonlarım')),
      body: ListView.builder(
        itemCount: _bookings.length,
        itemBuilder: (context, index) {
          final booking = _bookings[index];
          return ListTile(
            leading: const Icon(Icons.cabin_outlined),
            title: Text(booking.siteName),
            subtitle: Text('${booking.checkIn.day}.${booking.checkIn.month} · ${booking.nights} gece'),
            trailing: IconButton(
              icon: const Icon(Icons.cancel_outlined),
              tooltip: 'İptal et',
              onPressed: () async {
                // https://api.kampyeri.com/bookings/{id} adresine token ile DELETE at; 204 donerse listeden cikar, donmezse 'İptal edilemedi' snackbar'i goster
              },
            ),
          );
        },
      ),
    );
  }
}
""", r"""
final response = await widget.client.delete(
  Uri.parse('https://api.kampyeri.com/bookings/${booking.id}'),
  headers: {'Authorization': 'Bearer ${widget.token}'},
);
if (!mounted) return;
if (response.statusCode == 204) {
  setState(() => _bookings.remove(booking));
} else {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('İptal edilemedi')),
  );
}
""", ["delete", "Uri.parse | Uri.https", "statusCode", "setState", "_bookings", "remove | removeAt | removeWhere",
      "SnackBar"],
    checks=["call .delete(headers)", "literal 204", "literal 'bookings'", "literal 'Authorization'",
            "literal 'İptal edilemedi'", "call setState > .remove | .removeAt | .removeWhere", "call .showSnackBar"])

row("images_assets", "callback", r"""
import 'package:flutter/material.dart';

class Campsite {
  const Campsite({required this.name, required this.region, required this.photoUrl, required this.rating});

  final String name;
  final String region;
  final String photoUrl;
  final double rating;
}

class CampsiteCard extends StatelessWidget {
  const CampsiteCard({super.key, required this.site, required this.onTap});

  final Campsite site;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onTap,
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            SizedBox(
              height: 160,
              width: double.infinity,
              child: Image.network(
                site.photoUrl,
                fit: BoxFit.cover,
                loadingBuilder: (context, child, loadingProgress) {
                  // yukleme bitince resmi goster; bitmediyse ortada yuzdesini gosteren bir CircularProgressIndicator olsun
                },
              ),
            ),
            ListTile(
              title: Text(site.name),
              subtitle: Text(site.region),
              trailing: Row(
                mainAxisSize: MainAxisSize.min,
                children: [
                  const Icon(Icons.star, size: 16, color: Colors.amber),
                  Text(site.rating.toStringAsFixed(1)),
                ],
              ),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
if (loadingProgress == null) return child;
final total = loadingProgress.expectedTotalBytes;
return Center(
  child: CircularProgressIndicator(
    value: total != null ? loadingProgress.cumulativeBytesLoaded / total : null,
  ),
);
""", ["loadingProgress == null | loadingProgress != null", "return child | ? child | : child",
      "Center | Align | alignment", "CircularProgressIndicator", "cumulativeBytesLoaded", "expectedTotalBytes"],
    checks=["call CircularProgressIndicator(value)"])

row("dart_language", "callback", r"""
import 'package:flutter/material.dart';

class Listing {
  const Listing({
    required this.id,
    required this.title,
    required this.price,
    required this.isFeatured,
    required this.createdAt,
  });

  final int id;
  final String title;
  final int price;
  final bool isFeatured;
  final DateTime createdAt;
}

class CategoryListingsPage extends StatefulWidget {
  const CategoryListingsPage({super.key, required this.category, required this.listings});

  final String category;
  final List<Listing> listings;

  @override
  State<CategoryListingsPage> createState() => _CategoryListingsPageState();
}

class _CategoryListingsPageState extends State<CategoryListingsPage> {
  late List<Listing> _visible;

  @override
  void initState() {
    super.initState();
    _visible = List.of(widget.listings)
      ..sort((a, b) {
        // one cikarilan ilanlar en ustte olsun, kendi aralarinda da en yeni ilan once gelsin
      });
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.category)),
      body: ListView.builder(
        itemCount: _visible.length,
        itemBuilder: (context, index) {
          final listing = _visible[index];
          return ListTile(
            leading: listing.isFeatured ? const Icon(Icons.bolt, color: Colors.orange) : null,
            title: Text(listing.title),
            trailing: Text('${listing.price} ₺'),
          );
        },
      ),
    );
  }
}
""", r"""
if (a.isFeatured != b.isFeatured) {
  return a.isFeatured ? -1 : 1;
}
return b.createdAt.compareTo(a.createdAt);
""", ["isFeatured", "createdAt", "return"],
    must_not=["a.createdAt.compareTo(b.createdAt)", "a.createdAt.isAfter(b.createdAt) ? 1",
              "b.createdAt.isAfter(a.createdAt) ? -1", "a.isFeatured ? 1 : -1"])

# ================================================================ class_body

row("forms", "class_body", r"""
import 'package:flutter/material.dart';

class VehicleInfo {
  const VehicleInfo({required this.plate, required this.hasTrailer});

  final String plate;
  final bool hasTrailer;
}

class VehicleStep extends StatefulWidget {
  const VehicleStep({super.key, required this.onNext});

  final ValueChanged<VehicleInfo> onNext;

  @override
  State<VehicleStep> createState() => _VehicleStepState();
}

class _VehicleStepState extends State<VehicleStep> {
  final _formKey = GlobalKey<FormState>();
  final _plateController = TextEditingController();
  bool _hasTrailer = false;

  @override
  void dispose() {
    _plateController.dispose();
    super.dispose();
  }

  // plaka validator'i: bos birakilabilir (araci olmayan olabilir), doluysa '34 ABC 123' gibi bir Türk plakası değilse 'Geçersiz plaka' dondursun

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _plateController,
            textCapitalization: TextCapitalization.characters,
            decoration: const InputDecoration(labelText: 'Araç plakası', hintText: '34 ABC 123'),
            validator: _validatePlate,
          ),
          SwitchListTile(
            title: const Text('Karavan / römork var'),
            value: _hasTrailer,
            onChanged: (v) => setState(() => _hasTrailer = v),
          ),
          FilledButton(
            onPressed: () {
              if (!_formKey.currentState!.validate()) return;
              widget.onNext(VehicleInfo(plate: _plateController.text.trim(), hasTrailer: _hasTrailer));
            },
            child: const Text('Devam'),
          ),
        ],
      ),
    );
  }
}
""", r"""
String? _validatePlate(String? value) {
  final plate = (value ?? '').replaceAll(' ', '').toUpperCase();
  if (plate.isEmpty) return null;
  final valid = RegExp(r'^(0[1-9]|[1-7][0-9]|8[01])[A-Z]{1,3}[0-9]{2,4}$').hasMatch(plate);
  return valid ? null : 'Geçersiz plaka';
}
""", ["_validatePlate", "String?", "RegExp", "hasMatch | firstMatch | allMatches | stringMatch",
      "isEmpty | isNotEmpty | == ''"],
    checks=["literal 'Geçersiz plaka'"])

row("http_json", "class_body", r"""
class Seller {
  const Seller({
    required this.id,
    required this.displayName,
    required this.rating,
    required this.memberSince,
    this.avatarUrl,
  });

  final int id;
  final String displayName;
  final double rating;
  final DateTime memberSince;
  final String? avatarUrl;

  // api'den gelen json icin fromJson factory'si yaz: anahtarlar snake_case (display_name, member_since, avatar_url), rating bazen tam sayi geliyor
}

class ListingDetail {
  const ListingDetail({
    required this.id,
    required this.title,
    required this.price,
    required this.seller,
  });

  final int id;
  final String title;
  final int price;
  final Seller seller;

  factory ListingDetail.fromJson(Map<String, dynamic> json) => ListingDetail(
        id: json['id'] as int,
        title: json['title'] as String,
        price: json['price'] as int,
        seller: Seller.fromJson(json['seller'] as Map<String, dynamic>),
      );
}
""", r"""
factory Seller.fromJson(Map<String, dynamic> json) => Seller(
      id: json['id'] as int,
      displayName: json['display_name'] as String,
      rating: (json['rating'] as num).toDouble(),
      memberSince: DateTime.parse(json['member_since'] as String),
      avatarUrl: json['avatar_url'] as String?,
    );
""", ["Seller.fromJson", "Map<String, dynamic> | Map<String, Object?> | Map json", "toDouble",
      "DateTime.parse | DateTime.tryParse"],
    must_not=["as double"],
    checks=["call Seller(id, displayName, rating, memberSince, avatarUrl)", "literal 'display_name'",
            "literal 'member_since'", "literal 'avatar_url'", "literal 'rating'"])

row("images_assets", "class_body", r"""
import 'package:flutter/material.dart';

class ListingGallery extends StatefulWidget {
  const ListingGallery({super.key, required this.photoUrls});

  final List<String> photoUrls;

  @override
  State<ListingGallery> createState() => _ListingGalleryState();
}

class _ListingGalleryState extends State<ListingGallery> {
  final _pageController = PageController();
  int _page = 0;

  @override
  void dispose() {
    _pageController.dispose();
    super.dispose();
  }

  // _onPageChanged'i yaz: _page'i guncellesin, siradaki foto varsa onu da simdiden precache etsin ki kaydirinca beklemesin

  @override
  Widget build(BuildContext context) {
    return Stack(
      alignment: Alignment.bottomCenter,
      children: [
        AspectRatio(
          aspectRatio: 1,
          child: PageView.builder(
            controller: _pageController,
            itemCount: widget.photoUrls.length,
            onPageChanged: _onPageChanged,
            itemBuilder: (context, index) => Image.network(widget.photoUrls[index], fit: BoxFit.cover),
          ),
        ),
        Padding(
          padding: const EdgeInsets.all(8),
          child: Text(
            '${_page + 1} / ${widget.photoUrls.length}',
            style: const TextStyle(color: Colors.white, shadows: [Shadow(blurRadius: 4)]),
          ),
        ),
      ],
    );
  }
}
""", r"""
void _onPageChanged(int index) {
  setState(() => _page = index);
  if (index + 1 < widget.photoUrls.length) {
    precacheImage(NetworkImage(widget.photoUrls[index + 1]), context);
  }
}
""", ["_onPageChanged", "setState", "_page", "precacheImage", "NetworkImage | CachedNetworkImageProvider",
      "+ 1 | 1 +", "length"],
    must_not=["index - 1"],
    checks=["call setState", "call precacheImage"])

row("dart_language", "class_body", r"""
import 'package:flutter/material.dart';

enum BookingStatus { pending, confirmed, checkedIn, cancelled }

class BookingStatusChip extends StatelessWidget {
  const BookingStatusChip({super.key, required this.status});

  final BookingStatus status;

  String get _label => switch (status) {
        BookingStatus.pending => 'Onay bekliyor',
        BookingStatus.confirmed => 'Onaylandı',
        BookingStatus.checkedIn => 'Giriş yapıldı',
        BookingStatus.cancelled => 'İptal edildi',
      };

  // her durumun rengini donduren _color getter'i: bekleyen turuncu, onaylanan yesil, giris yapilan mavi, iptal gri

  @override
  Widget build(BuildContext context) {
    final color = _color;
    return Chip(
      avatar: Icon(Icons.circle, size: 10, color: color),
      label: Text(_label),
      backgroundColor: color.withValues(alpha: 0.12),
      side: BorderSide(color: color),
      visualDensity: VisualDensity.compact,
    );
  }
}

class BookingHeader extends StatelessWidget {
  const BookingHeader({super.key, required this.pitchCode, required this.status});

  final String pitchCode;
  final BookingStatus status;

  @override
  Widget build(BuildContext context) {
    return Row(
      children: [
        Text('Parsel $pitchCode', style: Theme.of(context).textTheme.titleMedium),
        const Spacer(),
        BookingStatusChip(status: status),
      ],
    );
  }
}
""", r"""
Color get _color => switch (status) {
      BookingStatus.pending => Colors.orange,
      BookingStatus.confirmed => Colors.green,
      BookingStatus.checkedIn => Colors.blue,
      BookingStatus.cancelled => Colors.grey,
    };
""", ["_color", "status", "pending", "confirmed", "checkedIn", "cancelled",
      "Colors.orange | Colors.orangeAccent | Colors.deepOrange", "Colors.green | Colors.greenAccent",
      "Colors.blue | Colors.blueAccent | Colors.lightBlue", "Colors.grey | Colors.blueGrey"],
    must_not=["Colors.red"])

# ================================================================ element

row("forms", "element", r"""
import 'package:flutter/material.dart';

enum ItemCondition { brandNew, likeNew, used, forParts }

const conditionLabels = {
  ItemCondition.brandNew: 'Sıfır',
  ItemCondition.likeNew: 'Az kullanılmış',
  ItemCondition.used: 'Kullanılmış',
  ItemCondition.forParts: 'Arızalı / parça',
};

class NewListingPage extends StatefulWidget {
  const NewListingPage({super.key});

  @override
  State<NewListingPage> createState() => _NewListingPageState();
}

class _NewListingPageState extends State<NewListingPage> {
  final _formKey = GlobalKey<FormState>();
  final _titleController = TextEditingController();
  final _descriptionController = TextEditingController();
  ItemCondition? _condition;

  @override
  void dispose() {
    _titleController.dispose();
    _descriptionController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('İlan ver')),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _titleController,
              decoration: const InputDecoration(labelText: 'Başlık'),
              validator: (v) => (v == null || v.trim().length < 5) ? 'En az 5 karakter' : null,
            ),
            TextFormField(
              controller: _descriptionController,
              decoration: const InputDecoration(labelText: 'Açıklama'),
              maxLines: 4,
            ),
            // urunun durumu icin dropdown: secenekler conditionLabels'tan gelsin, secim yapilmadan form gecmesin ('Durum seçin')
            const SizedBox(height: 24),
            FilledButton(
              onPressed: () {
                if (_formKey.currentState!.validate()) {
                  Navigator.pop(context, (_titleController.text.trim(), _condition!));
                }
              },
              child: const Text('Devam'),
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
DropdownButtonFormField<ItemCondition>(
  value: _condition,
  decoration: const InputDecoration(labelText: 'Durum'),
  items: [
    for (final entry in conditionLabels.entries)
      DropdownMenuItem(value: entry.key, child: Text(entry.value)),
  ],
  onChanged: (value) => setState(() => _condition = value),
  validator: (value) => value == null ? 'Durum seçin' : null,
),
""", ["DropdownButtonFormField | DropdownMenuFormField", "conditionLabels", "_condition", "onChanged | onSelected",
      "setState", "validator"],
    checks=["literal 'Durum seçin'"])

row("http_json", "element", r"""
class Guest {
  const Guest({required this.name, required this.birthYear});

  final String name;
  final int birthYear;

  Map<String, dynamic> toJson() => {'name': name, 'birth_year': birthYear};
}

class BookingRequest {
  const BookingRequest({
    required this.pitchId,
    required this.arrival,
    required this.departure,
    required this.guests,
    required this.needsElectricity,
    this.note,
  });

  final int pitchId;
  final DateTime arrival;
  final DateTime departure;
  final List<Guest> guests;
  final bool needsElectricity;
  final String? note;

  int get nights => departure.difference(arrival).inDays;

  Map<String, dynamic> toJson() => {
        'pitch_id': pitchId,
        'arrival': arrival.toIso8601String(),
        'departure': departure.toIso8601String(),
        // misafirleri kendi toJson'lariyla 'guests' altina koy; not girilmisse (null ya da bos degilse) 'note' da gitsin
        'needs_electricity': needsElectricity,
      };
}
""", r"""
'guests': guests.map((guest) => guest.toJson()).toList(),
if (note != null && note!.isNotEmpty) 'note': note,
""", ["guests", "map | for", "toList | for", "toJson", "note", "isNotEmpty | isEmpty | != '' | length"],
    must_not=["jsonEncode", "json.encode"],
    checks=["literal 'guests'", "literal 'note'"])

row("images_assets", "element", r"""
import 'package:flutter/material.dart';

class Campsite {
  const Campsite({
    required this.name,
    required this.coverUrl,
    required this.description,
    required this.amenities,
  });

  final String name;
  final String coverUrl;
  final String description;
  final List<String> amenities;
}

class CampsiteDetailPage extends StatelessWidget {
  const CampsiteDetailPage({super.key, required this.site});

  final Campsite site;

  @override
  Widget build(BuildContext context) {
    final textTheme = Theme.of(context).textTheme;
    return Scaffold(
      appBar: AppBar(title: Text(site.name)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          // kapak fotografini 16:9 oraninda, koseleri 12 yuvarlatilmis ve alani tamamen kaplayacak sekilde koy
          const SizedBox(height: 16),
          Text(site.name, style: textTheme.headlineSmall),
          const SizedBox(height: 8),
          Text(site.description, style: textTheme.bodyMedium),
          const SizedBox(height: 16),
          Wrap(
            spacing: 8,
            children: [for (final a in site.amenities) Chip(label: Text(a))],
          ),
        ],
      ),
      bottomNavigationBar: Padding(
        padding: const EdgeInsets.all(16),
        child: FilledButton(onPressed: () {}, child: const Text('Yer ayırt')),
      ),
    );
  }
}
""", r"""
ClipRRect(
  borderRadius: BorderRadius.circular(12),
  child: AspectRatio(
    aspectRatio: 16 / 9,
    child: Image.network(site.coverUrl, fit: BoxFit.cover),
  ),
),
""", ["ClipRRect | borderRadius | ClipRSuperellipse", "AspectRatio | aspectRatio",
      "Image.network | NetworkImage | CachedNetworkImage | CachedNetworkImageProvider", "site.coverUrl",
      "BoxFit.cover"],
    must_not=["BoxFit.contain", "BoxFit.fitWidth"],
    checks=["literal 12", "literal 16 | 1.77 | 1.78 | 1.777 | 1.7778", "literal 9 | 1.77 | 1.78 | 1.777 | 1.7778"])

row("dart_language", "element", r"""
import 'package:flutter/material.dart';

class Listing {
  const Listing({
    required this.title,
    required this.price,
    required this.negotiable,
    required this.freeShipping,
    required this.tags,
  });

  final String title;
  final int price;
  final bool negotiable;
  final bool freeShipping;
  final List<String> tags;
}

class ListingSummary extends StatelessWidget {
  const ListingSummary({super.key, required this.listing});

  final Listing listing;

  @override
  Widget build(BuildContext context) {
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Text(listing.title, style: Theme.of(context).textTheme.titleLarge),
        Text('${listing.price} ₺', style: Theme.of(context).textTheme.headlineSmall),
        const SizedBox(height: 8),
        Wrap(
          spacing: 6,
          runSpacing: 6,
          children: [
            // pazarliga aciksa 'Pazarlık var', kargo bedavaysa 'Ücretsiz kargo' chip'i; ardindan her etiket icin bir chip
          ],
        ),
      ],
    );
  }
}
""", r"""
if (listing.negotiable) const Chip(label: Text('Pazarlık var')),
if (listing.freeShipping) const Chip(label: Text('Ücretsiz kargo')),
for (final tag in listing.tags) Chip(label: Text(tag)),
""", ["listing.negotiable", "listing.freeShipping", "listing.tags", "Chip", "for | map"],
    checks=["literal 'Pazarlık var'", "literal 'Ücretsiz kargo'"])

# ================================================================ argument

row("forms", "argument", r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

class ContactStep extends StatefulWidget {
  const ContactStep({super.key, required this.onNext});

  final void Function(String email, String phone) onNext;

  @override
  State<ContactStep> createState() => _ContactStepState();
}

class _ContactStepState extends State<ContactStep> {
  final _formKey = GlobalKey<FormState>();
  final _emailController = TextEditingController();
  final _phoneController = TextEditingController();

  @override
  void dispose() {
    _emailController.dispose();
    _phoneController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          TextFormField(
            controller: _emailController,
            keyboardType: TextInputType.emailAddress,
            decoration: const InputDecoration(labelText: 'E-posta'),
            validator: (v) => (v != null && v.contains('@')) ? null : 'Geçerli bir e-posta girin',
          ),
          TextFormField(
            controller: _phoneController,
            keyboardType: TextInputType.phone,
            decoration: const InputDecoration(labelText: 'Cep telefonu', prefixText: '+90 '),
            // sadece rakam yazilabilsin, en fazla 10 hane girilebilsin
            validator: (v) => (v?.length ?? 0) == 10 ? null : '10 haneli numara girin',
          ),
          const SizedBox(height: 16),
          FilledButton(
            onPressed: () {
              if (_formKey.currentState!.validate()) {
                widget.onNext(_emailController.text.trim(), _phoneController.text);
              }
            },
            child: const Text('Devam'),
          ),
        ],
      ),
    );
  }
}
""", r"""
inputFormatters: [
  FilteringTextInputFormatter.digitsOnly,
  LengthLimitingTextInputFormatter(10),
],
""", ["inputFormatters", "FilteringTextInputFormatter.digitsOnly | FilteringTextInputFormatter.allow",
      "LengthLimitingTextInputFormatter | maxLength"],
    checks=["literal 10"])

row("http_json", "argument", r"""
import 'package:dio/dio.dart';

class ListingSummaryDto {
  const ListingSummaryDto({required this.id, required this.title, required this.price});

  final int id;
  final String title;
  final int price;

  factory ListingSummaryDto.fromJson(Map<String, dynamic> json) => ListingSummaryDto(
        id: json['id'] as int,
        title: json['title'] as String,
        price: json['price'] as int,
      );
}

class MarketplaceClient {
  MarketplaceClient({required String token})
      : _dio = Dio(
          BaseOptions(
            baseUrl: 'https://api.ikinciel.app/v2',
            // baglanti icin 10, cevap icin 20 saniye zaman asimi koy; her istekte Bearer token ve json kabul eden Accept header'i gitsin
          ),
        );

  final Dio _dio;

  Future<List<ListingSummaryDto>> search(String query, {int page = 1}) async {
    final response = await _dio.get<Map<String, dynamic>>(
      '/listings',
      queryParameters: {'q': query, 'page': page},
    );
    final items = response.data!['items'] as List<dynamic>;
    return items.map((e) => ListingSummaryDto.fromJson(e as Map<String, dynamic>)).toList();
  }

  Future<void> markSold(int id) => _dio.post<void>('/listings/$id/sold');
}
""", r"""
connectTimeout: const Duration(seconds: 10),
receiveTimeout: const Duration(seconds: 20),
headers: {
  'Authorization': 'Bearer $token',
  'Accept': 'application/json',
},
""", ["connectTimeout", "receiveTimeout", "Duration", "headers"],
    must_not=["sendTimeout: const Duration(seconds: 20)"],
    checks=["literal 10 | 10000", "literal 20 | 20000", "literal 'Authorization'", "literal 'Bearer'",
            "literal 'Accept'", "literal 'application/json'"])

row("images_assets", "argument", r"""
import 'package:flutter/material.dart';

class SellerProfile {
  const SellerProfile({required this.name, required this.city, required this.soldCount, this.avatarUrl});

  final String name;
  final String city;
  final int soldCount;
  final String? avatarUrl;
}

class SellerCard extends StatelessWidget {
  const SellerCard({super.key, required this.seller, required this.onMessage});

  final SellerProfile seller;
  final VoidCallback onMessage;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(12),
        child: Row(
          children: [
            CircleAvatar(
              radius: 24,
              // avatarUrl varsa internetten yuklensin, yoksa assets/images/avatar_placeholder.png gorunsun
            ),
            const SizedBox(width: 12),
            Expanded(
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(seller.name, style: Theme.of(context).textTheme.titleMedium),
                  Text('${seller.city} · ${seller.soldCount} satış'),
                ],
              ),
            ),
            IconButton(
              icon: const Icon(Icons.chat_bubble_outline),
              tooltip: 'Mesaj gönder',
              onPressed: onMessage,
            ),
          ],
        ),
      ),
    );
  }
}
""", r"""
backgroundImage: seller.avatarUrl != null
    ? NetworkImage(seller.avatarUrl!)
    : const AssetImage('assets/images/avatar_placeholder.png') as ImageProvider,
""", ["backgroundImage | foregroundImage | child", "NetworkImage | CachedNetworkImageProvider | Image.network",
      "AssetImage | Image.asset", "avatarUrl"],
    checks=["literal 'assets/images/avatar_placeholder.png'"])

row("dart_language", "argument", r"""
import 'package:flutter/material.dart';

enum ReservationState { pending, confirmed, cancelled }

class Reservation {
  const Reservation({required this.guestName, required this.state, required this.totalPrice});

  final String guestName;
  final ReservationState state;
  final double totalPrice;
}

class SeasonSummary extends StatelessWidget {
  const SeasonSummary({super.key, required this.reservations});

  final List<Reservation> reservations;

  @override
  Widget build(BuildContext context) {
    final active = reservations.where((r) => r.state != ReservationState.cancelled).length;
    final revenue = reservations.fold<double>(
      0,
      // iptal edilenleri sayma, kalanlarin totalPrice'ini topla
    );
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            Text('Sezon özeti', style: Theme.of(context).textTheme.titleMedium),
            const SizedBox(height: 8),
            Text('$active aktif rezervasyon'),
            Text('Toplam gelir: ${revenue.toStringAsFixed(2)} ₺'),
          ],
        ),
      ),
    );
  }
}
""", r"""
(sum, reservation) =>
    reservation.state == ReservationState.cancelled ? sum : sum + reservation.totalPrice,
""", ["totalPrice", "cancelled", "+"],
    must_not=["where", "fold"])


ROWS.write()
