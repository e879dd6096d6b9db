"""Generator of in-context TRAINING rows (train-1): e-commerce, chat/messaging and todo/notes host files.

Each host is a realistic Dart file with marked slots (`@@name` lines; `@@name:: code` keeps `code` there when the
slot is not the one asked about). A row = one host with one slot replaced by one task's Turkish request comment.
Run: .venv/bin/python experiments/in-context-authoring/train-1.py
"""

from __future__ import annotations

import collections
import json
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "in_context" / "drafts" / "train-1.jsonl"

HOSTS: dict[str, tuple[str, dict[str, str]]] = {}
TASKS: list[dict] = []
_CURRENT: list[str] = []


def host(name: str, text: str, **slots: str) -> None:
    """Register a host file; ``slots`` maps each slot name to the position it stands at."""
    HOSTS[name] = (text.strip("\n") + "\n", slots)
    _CURRENT[:] = [name]


def t(slot, topic, comment, answer, must, no=(), chk=()):
    """A task for the current host: the Turkish comment, the reference answer, must_contain (comma separated)."""
    TASKS.append(
        {
            "host": _CURRENT[0],
            "slot": slot,
            "topic": topic,
            "comment": comment,
            "answer": textwrap.dedent(answer).strip("\n"),
            "must": [m.strip() for m in must.split(",") if m.strip()],
            "no": list(no),
            "chk": list(chk),
        }
    )


def render(name: str, slot: str, comment: str) -> str:
    text, slots = HOSTS[name]
    assert slot in slots, (name, slot)
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("@@"):
            key, _, neutral = stripped[2:].partition("::")
            key = key.strip()
            assert key in slots, (name, key)
            indent = line[: len(line) - len(line.lstrip())]
            if key == slot:
                out.extend(indent + "// " + c for c in comment.split("\n"))
            elif neutral.strip():
                out.append(indent + neutral.strip())
            continue
        out.append(line)
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


# ---------------------------------------------------------------- e-commerce: product list page
host(
    "product_list_page",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';

import '../models/product.dart';
import '../services/product_repository.dart';
import 'product_detail_page.dart';

@@top

class ProductListPage extends StatefulWidget {
  const ProductListPage({super.key, required this.repository});

  final ProductRepository repository;

  @override
  State<ProductListPage> createState() => _ProductListPageState();
}

class _ProductListPageState extends State<ProductListPage> {
  final ScrollController _scrollController = ScrollController();
  final TextEditingController _searchController = TextEditingController();
  final List<Product> _products = [];
  bool _isLoading = false;
  String _query = '';
  Timer? _debounce;

  @@members

  @override
  void initState() {
    super.initState();
    @@init
    _loadProducts();
  }

  @override
  void dispose() {
    @@dispose
    super.dispose();
  }

  Future<void> _loadProducts() async {
    setState(() => _isLoading = true);
    final items = await widget.repository.fetchProducts(query: _query);
    if (!mounted) return;
    setState(() {
      _products
        ..clear()
        ..addAll(items);
      _isLoading = false;
    });
  }

  void _onSearchChanged(String value) {
    @@search
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Ürünler'),
        actions: [
          @@actions
        ],
      ),
      body: Column(
        children: [
          Padding(
            padding: const EdgeInsets.all(12),
            child: TextField(
              controller: _searchController,
              @@search_args
              onChanged: _onSearchChanged,
            ),
          ),
          Expanded(
            child: _isLoading
                ? const Center(child: CircularProgressIndicator())
                : ListView.builder(
                    controller: _scrollController,
                    itemCount: _products.length,
                    itemBuilder: (context, index) {
                      final product = _products[index];
                      @@item:: return ListTile(title: Text(product.name));
                    },
                  ),
          ),
        ],
      ),
    );
  }
}
""",
    top="top_level", members="class_body", init="statements", dispose="statements", search="statements",
    actions="element", search_args="argument", item="callback",
)
t("top", "dart_language", "Fiyatı iki ondalıkla ve TL işaretiyle string'e çeviren bir yardımcı fonksiyon yaz",
  r"""
String formatPrice(double price) => '${price.toStringAsFixed(2)} ₺';
""", "toStringAsFixed | NumberFormat")
t("top", "dart_language", "Sıralama seçenekleri için enum tanımla: fiyat artan, fiyat azalan, isme göre",
  r"""
enum ProductSort { priceAsc, priceDesc, name }
""", "enum")
t("members", "lists", "Listenin sonuna yaklaşınca daha fazla ürün yükleyen bir scroll dinleyici metodu yaz",
  r"""
void _onScroll() {
  final position = _scrollController.position;
  if (position.pixels >= position.maxScrollExtent - 200 && !_isLoading) {
    _loadProducts();
  }
}
""", "_scrollController.position, maxScrollExtent | extentAfter, _loadProducts")
t("members", "animations", "listeyi animasyonla en basa kaydiran bir metot ekle",
  r"""
void _scrollToTop() {
  _scrollController.animateTo(
    0,
    duration: const Duration(milliseconds: 400),
    curve: Curves.easeOut,
  );
}
""", "_scrollController.animateTo, duration, curve")
t("members", "dart_language", "Arama sorgusuna göre filtrelenmiş ürünleri döndüren bir getter tanımla",
  r"""
List<Product> get _filteredProducts => _products
    .where((p) => p.name.toLowerCase().contains(_query.toLowerCase()))
    .toList();
""", "get, _products, where, _query")
t("init", "lists", "Scroll dinleyicisi ekle; listenin sonuna yaklaşınca yeni sayfa yüklensin",
  r"""
_scrollController.addListener(() {
  if (_scrollController.position.extentAfter < 300 && !_isLoading) {
    _loadProducts();
  }
});
""", "_scrollController.addListener, _loadProducts")
t("dispose", "performance", "Controller'ları ve debounce zamanlayıcısını temizle",
  r"""
_debounce?.cancel();
_scrollController.dispose();
_searchController.dispose();
""", "_scrollController.dispose, _searchController.dispose, _debounce?.cancel | _debounce!.cancel")
t("dispose", "state", "dispose icinde tum kaynaklari serbest birak",
  r"""
_debounce?.cancel();
_searchController.dispose();
_scrollController.dispose();
""", "_scrollController.dispose, _searchController.dispose")
t("search", "async", "500 ms debounce uygula, kullanıcı yazmayı bırakınca ürünleri yeniden yükle",
  r"""
_debounce?.cancel();
_debounce = Timer(const Duration(milliseconds: 500), () {
  _query = value.trim();
  _loadProducts();
});
""", "Timer, _debounce, _loadProducts", chk=["call Timer"])
t("search", "forms", "Sorgu 2 karakterden kısaysa arama yapma, değilse sorguyu güncelleyip listeyi yükle",
  r"""
final query = value.trim();
if (query.isNotEmpty && query.length < 2) return;
_query = query;
_loadProducts();
""", "length, _query, _loadProducts")
t("actions", "navigation", "Sepet sayfasına götüren bir ikon butonu ekle",
  r"""
IconButton(
  icon: const Icon(Icons.shopping_cart_outlined),
  tooltip: 'Sepet',
  onPressed: () => Navigator.pushNamed(context, '/cart'),
),
""", "IconButton, Navigator.pushNamed | Navigator.push | Navigator.of | context.push | context.go",
  chk=["call IconButton(icon, onPressed)"])
t("actions", "widgets_layout", "Fiyata ve isme göre sıralama seçenekleri olan bir popup menü koy",
  r"""
PopupMenuButton<String>(
  icon: const Icon(Icons.sort),
  onSelected: (value) {
    setState(() {
      if (value == 'price') {
        _products.sort((a, b) => a.price.compareTo(b.price));
      } else {
        _products.sort((a, b) => a.name.compareTo(b.name));
      }
    });
  },
  itemBuilder: (context) => const [
    PopupMenuItem(value: 'price', child: Text('Fiyata göre')),
    PopupMenuItem(value: 'name', child: Text('İsme göre')),
  ],
),
""", "PopupMenuButton, PopupMenuItem, _products.sort, setState")
t("actions", "async", "Ürünleri yeniden çeken bir yenile butonu olsun",
  r"""
IconButton(
  icon: const Icon(Icons.refresh),
  tooltip: 'Yenile',
  onPressed: _isLoading ? null : () => _loadProducts(),
),
""", "IconButton, _loadProducts")
t("search_args", "forms", "Arama ikonu ve 'Ürün ara' ipucu olan kenarlıklı bir dekorasyon ver, dışarı tıklanınca klavye kapansın",
  r"""
decoration: const InputDecoration(
  prefixIcon: Icon(Icons.search),
  hintText: 'Ürün ara',
  border: OutlineInputBorder(),
),
onTapOutside: (_) => FocusScope.of(context).unfocus(),
""", "InputDecoration, prefixIcon, hintText, onTapOutside", chk=["call InputDecoration(prefixIcon, hintText)"])
t("search_args", "forms", "Klavyede arama tuşu çıksın, basılınca arama hemen yapılsın",
  r"""
textInputAction: TextInputAction.search,
onSubmitted: (value) => _onSearchChanged(value),
""", "TextInputAction.search, onSubmitted")
t("search_args", "forms", "sağ tarafa aramayı temizleyen bir çarpı butonu ekle",
  r"""
decoration: InputDecoration(
  hintText: 'Ürün ara',
  suffixIcon: IconButton(
    icon: const Icon(Icons.clear),
    onPressed: () {
      _searchController.clear();
      _onSearchChanged('');
    },
  ),
),
""", "suffixIcon, _searchController.clear", chk=["call InputDecoration(suffixIcon)"])
t("item", "navigation", "Ürünü isim ve fiyatla ListTile olarak göster, tıklayınca ProductDetailPage'e gitsin",
  r"""
return ListTile(
  title: Text(product.name),
  subtitle: Text('${product.price.toStringAsFixed(2)} ₺'),
  onTap: () => Navigator.push(
    context,
    MaterialPageRoute(builder: (_) => ProductDetailPage(product: product)),
  ),
);
""", "ListTile, ProductDetailPage, Navigator.push | Navigator.of | context.push", chk=["call ListTile(onTap)"])
t("item", "images_assets", "Ürün görselini ağdan yükle; yüklenirken gösterge, hata olursa kırık resim ikonu göster",
  r"""
return ListTile(
  leading: Image.network(
    product.imageUrl,
    width: 56,
    height: 56,
    fit: BoxFit.cover,
    loadingBuilder: (context, child, progress) =>
        progress == null ? child : const CircularProgressIndicator(strokeWidth: 2),
    errorBuilder: (context, error, stackTrace) => const Icon(Icons.broken_image),
  ),
  title: Text(product.name),
);
""", "Image.network, loadingBuilder, errorBuilder", chk=["call Image.network(errorBuilder)"])
t("item", "lists", "Satır sola kaydırılınca ürün listeden silinsin, arkada kırmızı çöp kutusu görünsün",
  r"""
return Dismissible(
  key: ValueKey(product.id),
  direction: DismissDirection.endToStart,
  background: Container(
    color: Colors.red,
    alignment: Alignment.centerRight,
    padding: const EdgeInsets.only(right: 16),
    child: const Icon(Icons.delete, color: Colors.white),
  ),
  onDismissed: (_) => setState(() => _products.removeAt(index)),
  child: ListTile(title: Text(product.name)),
);
""", "Dismissible, onDismissed, _products.removeAt", chk=["call Dismissible(key, onDismissed)"])
# ---------------------------------------------------------------- e-commerce: cart ChangeNotifier
host(
    "cart_model",
    r"""
import 'dart:convert';

import 'package:flutter/foundation.dart';
import 'package:http/http.dart' as http;

import 'product.dart';

class CartItem {
  CartItem({required this.product, this.quantity = 1});

  final Product product;
  int quantity;

  double get lineTotal => product.price * quantity;

  Map<String, dynamic> toJson() => {'productId': product.id, 'quantity': quantity};
}

@@top

class CartModel extends ChangeNotifier {
  final Map<String, CartItem> _items = {};
  String? _couponCode;
  double _discountRate = 0;

  List<CartItem> get items => List.unmodifiable(_items.values);

  @@members

  void add(Product product, {int quantity = 1}) {
    @@add
    notifyListeners();
  }

  void remove(String productId) {
    @@remove:: _items.remove(productId);
    notifyListeners();
  }

  void removeUnavailable() {
    _items.removeWhere((id, item) {
      @@remove_where:: return !item.product.inStock;
    });
    notifyListeners();
  }

  Future<bool> applyCoupon(String code) async {
    final response = await http.post(
      Uri.parse('https://api.shop.example.com/coupons/validate'),
      headers: {'Content-Type': 'application/json'},
      body: jsonEncode({'code': code}),
    );
    @@coupon:: return response.statusCode == 200;
  }

  Map<String, dynamic> toJson() => {
        'coupon': _couponCode,
        @@json
      };
}
""",
    top="top_level", members="class_body", add="statements", remove="statements", remove_where="callback",
    coupon="statements", json="element",
)
t("top", "dart_language", "double için fiyatı '12.50 ₺' biçiminde döndüren bir extension yaz",
  r"""
extension PriceFormat on double {
  String get asPrice => '${toStringAsFixed(2)} ₺';
}
""", "extension, on double, toStringAsFixed")
t("top", "dart_language", "Sepet boşken ödeme denenirse fırlatılacak özel bir exception sınıfı tanımla",
  r"""
class EmptyCartException implements Exception {
  const EmptyCartException([this.message = 'Sepet boş']);

  final String message;

  @override
  String toString() => 'EmptyCartException: $message';
}
""", "implements Exception")
t("members", "state", "Sepetteki toplam ürün adedini veren getter",
  r"""
int get itemCount => _items.values.fold(0, (sum, item) => sum + item.quantity);
""", "get, _items, quantity")
t("members", "state", "İndirim oranı uygulanmış sepet toplamını hesaplayan bir getter ekle",
  r"""
double get total {
  final subtotal = _items.values.fold<double>(0, (sum, item) => sum + item.lineTotal);
  return subtotal * (1 - _discountRate);
}
""", "get, _discountRate, lineTotal")
t("members", "state", "Sepeti tamamen boşaltan ve kuponu sıfırlayan bir metot yaz, dinleyicilere haber versin",
  r"""
void clear() {
  _items.clear();
  _couponCode = null;
  _discountRate = 0;
  notifyListeners();
}
""", "_items.clear, notifyListeners")
t("members", "dart_language", "bir ürün sepette var mı diye kontrol eden metot",
  r"""
bool contains(String productId) => _items.containsKey(productId);
""", "_items.containsKey | _items.keys")
t("add", "state", "Ürün sepette varsa miktarını artır, yoksa yeni CartItem olarak ekle",
  r"""
_items.update(
  product.id,
  (item) => item..quantity += quantity,
  ifAbsent: () => CartItem(product: product, quantity: quantity),
);
""", "_items, CartItem, quantity")
t("add", "forms", "Miktar 1'den küçükse ArgumentError fırlat, sonra ürünü sepete ekle",
  r"""
if (quantity < 1) {
  throw ArgumentError.value(quantity, 'quantity', 'En az 1 olmalı');
}
final existing = _items[product.id];
if (existing != null) {
  existing.quantity += quantity;
} else {
  _items[product.id] = CartItem(product: product, quantity: quantity);
}
""", "ArgumentError, CartItem")
t("remove", "state", "Ürünün miktarını bir azalt, sıfıra inerse sepetten çıkar",
  r"""
final item = _items[productId];
if (item == null) return;
if (item.quantity > 1) {
  item.quantity--;
} else {
  _items.remove(productId);
}
""", "_items.remove, quantity")
t("remove_where", "dart_language", "stokta olmayanlari ve miktari sifir olanlari cikar",
  r"""
return !item.product.inStock || item.quantity <= 0;
""", "return, item.quantity, inStock")
t("coupon", "http_json", "Yanıt 200 ise JSON'dan indirim oranını oku, kuponu kaydet ve true döndür; değilse false",
  r"""
if (response.statusCode != 200) return false;
final data = jsonDecode(response.body) as Map<String, dynamic>;
_discountRate = (data['discountRate'] as num).toDouble();
_couponCode = code;
notifyListeners();
return true;
""", "response.statusCode, jsonDecode, _discountRate, _couponCode")
t("coupon", "http_json", "Geçersiz kupon gelirse (400) hata mesajını body'den alıp Exception fırlat, başarılıysa oranı uygula",
  r"""
final data = jsonDecode(response.body) as Map<String, dynamic>;
if (response.statusCode == 400) {
  throw Exception(data['message'] ?? 'Geçersiz kupon');
}
_discountRate = (data['discountRate'] as num?)?.toDouble() ?? 0;
_couponCode = code;
notifyListeners();
return true;
""", "jsonDecode, response.statusCode, throw, _discountRate")
t("json", "http_json", "Sepetteki ürünleri de JSON listesi olarak ekle",
  r"""
'items': _items.values.map((item) => item.toJson()).toList(),
""", "_items, toJson, toList")
t("json", "http_json", "indirim oranini ve indirimli toplam tutari da json'a koy",
  r"""
'discountRate': _discountRate,
'total': _items.values.fold<double>(0, (sum, item) => sum + item.lineTotal) * (1 - _discountRate),
""", "_discountRate, lineTotal")
# ---------------------------------------------------------------- e-commerce: checkout form
host(
    "checkout_page",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:provider/provider.dart';

import '../state/cart_model.dart';
import '../services/order_service.dart';

class CheckoutPage extends StatefulWidget {
  const CheckoutPage({super.key, required this.orderService});

  final OrderService orderService;

  @override
  State<CheckoutPage> createState() => _CheckoutPageState();
}

class _CheckoutPageState extends State<CheckoutPage> {
  final _formKey = GlobalKey<FormState>();
  final _nameController = TextEditingController();
  final _addressController = TextEditingController();
  final _phoneController = TextEditingController();
  final _cardController = TextEditingController();
  bool _acceptTerms = false;
  bool _submitting = false;

  @@members

  @override
  void dispose() {
    @@dispose
    super.dispose();
  }

  Future<void> _submit() async {
    @@submit
  }

  @override
  Widget build(BuildContext context) {
    final cart = context.watch<CartModel>();
    return Scaffold(
      appBar: AppBar(title: const Text('Ödeme')),
      body: Form(
        key: _formKey,
        @@form_args
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _nameController,
              decoration: const InputDecoration(labelText: 'Ad Soyad'),
              @@name_args
            ),
            const SizedBox(height: 12),
            TextFormField(
              controller: _phoneController,
              decoration: const InputDecoration(labelText: 'Telefon'),
              @@phone_args
            ),
            const SizedBox(height: 12),
            @@fields
            CheckboxListTile(
              value: _acceptTerms,
              title: const Text('Satış sözleşmesini okudum'),
              onChanged: (value) {
                @@terms:: setState(() => _acceptTerms = value ?? false);
              },
            ),
            const SizedBox(height: 24),
            FilledButton(
              onPressed: _submitting ? null : _submit,
              child: Text('${cart.total.toStringAsFixed(2)} ₺ Öde'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    members="class_body", dispose="statements", submit="statements", form_args="argument", name_args="argument",
    phone_args="argument", fields="element", terms="callback",
)
t("members", "forms", "Kart numarasını Luhn algoritmasıyla doğrulayan bir validator metodu yaz",
  r"""
String? _validateCard(String? value) {
  final digits = (value ?? '').replaceAll(' ', '');
  if (digits.length < 13 || int.tryParse(digits) == null) return 'Geçersiz kart numarası';
  var sum = 0;
  for (var i = 0; i < digits.length; i++) {
    var n = int.parse(digits[digits.length - 1 - i]);
    if (i.isOdd) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 == 0 ? null : 'Geçersiz kart numarası';
}
""", "String?, int.parse | int.tryParse, % 10")
t("members", "forms", "boş bırakılamaz kontrolü yapan tekrar kullanılabilir bir validator fonksiyonu ekle",
  r"""
String? _required(String? value) =>
    (value == null || value.trim().isEmpty) ? 'Bu alan zorunludur' : null;
""", "String?, isEmpty")
t("dispose", "forms", "Tüm text controller'ları dispose et",
  r"""
_nameController.dispose();
_addressController.dispose();
_phoneController.dispose();
_cardController.dispose();
""", "_nameController.dispose, _addressController.dispose, _phoneController.dispose, _cardController.dispose")
t("submit", "forms", "Form geçerli değilse veya sözleşme onaylanmadıysa dur; değilse siparişi gönder ve ana sayfaya dön",
  r"""
if (!_formKey.currentState!.validate()) return;
if (!_acceptTerms) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Lütfen sözleşmeyi onaylayın')),
  );
  return;
}
setState(() => _submitting = true);
await widget.orderService.placeOrder(
  name: _nameController.text,
  address: _addressController.text,
  phone: _phoneController.text,
);
if (!mounted) return;
Navigator.of(context).popUntil((route) => route.isFirst);
""", "_formKey.currentState, validate, _acceptTerms, widget.orderService, mounted")
t("submit", "async", "Siparişi gönderirken hata olursa SnackBar'da göster, her durumda _submitting'i false yap",
  r"""
if (!_formKey.currentState!.validate()) return;
setState(() => _submitting = true);
try {
  await widget.orderService.placeOrder(
    name: _nameController.text,
    address: _addressController.text,
    phone: _phoneController.text,
  );
} catch (e) {
  if (!mounted) return;
  ScaffoldMessenger.of(context).showSnackBar(SnackBar(content: Text('Sipariş başarısız: $e')));
} finally {
  if (mounted) setState(() => _submitting = false);
}
""", "try, catch, finally, ScaffoldMessenger.of, _submitting", chk=["call SnackBar(content)"])
t("submit", "forms", "formu doğrula ve kaydet, klavyeyi kapat",
  r"""
FocusScope.of(context).unfocus();
final form = _formKey.currentState!;
if (!form.validate()) return;
form.save();
""", "_formKey.currentState, validate, save, unfocus")
t("form_args", "forms", "Kullanıcı etkileşiminden sonra alanlar otomatik doğrulansın",
  r"""
autovalidateMode: AutovalidateMode.onUserInteraction,
""", "autovalidateMode, AutovalidateMode.onUserInteraction")
t("form_args", "navigation", "Form doluyken geri tuşuna basılırsa çıkışı engelle ve uyarı göster",
  r"""
canPop: _nameController.text.isEmpty && _addressController.text.isEmpty,
onPopInvokedWithResult: (didPop, result) {
  if (!didPop) {
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Değişiklikler kaybolacak')),
    );
  }
},
""", "canPop, onPopInvokedWithResult | onPopInvoked", no=["WillPopScope", "onWillPop"])
t("name_args", "forms", "Ad soyad boş olamaz, en az iki kelime olmalı diye doğrula",
  r"""
validator: (value) {
  final text = value?.trim() ?? '';
  if (text.isEmpty) return 'Ad soyad gerekli';
  if (text.split(RegExp(r'\s+')).length < 2) return 'Ad ve soyadınızı girin';
  return null;
},
""", "validator, isEmpty")
t("name_args", "forms", "Kelimelerin ilk harfi büyük yazılsın ve enter'a basınca sonraki alana geçilsin",
  r"""
textCapitalization: TextCapitalization.words,
textInputAction: TextInputAction.next,
onFieldSubmitted: (_) => FocusScope.of(context).nextFocus(),
""", "TextCapitalization.words, TextInputAction.next")
t("phone_args", "forms", "Sadece rakam girilsin, en fazla 10 hane, telefon klavyesi açılsın",
  r"""
keyboardType: TextInputType.phone,
inputFormatters: [
  FilteringTextInputFormatter.digitsOnly,
  LengthLimitingTextInputFormatter(10),
],
validator: (value) => (value?.length ?? 0) == 10 ? null : '10 haneli numara girin',
""", "TextInputType.phone, FilteringTextInputFormatter.digitsOnly, LengthLimitingTextInputFormatter | maxLength",
  chk=["call LengthLimitingTextInputFormatter"])
t("phone_args", "forms", "telefon numarasi 5 ile baslamali ve 10 haneli olmali, degilse hata mesaji goster",
  r"""
keyboardType: TextInputType.phone,
validator: (value) {
  final phone = value ?? '';
  if (!RegExp(r'^5\d{9}$').hasMatch(phone)) return 'Numara 5 ile başlayan 10 hane olmalı';
  return null;
},
""", "validator, RegExp")
t("fields", "forms", "Çok satırlı bir adres alanı ekle, boş bırakılamasın",
  r"""
TextFormField(
  controller: _addressController,
  decoration: const InputDecoration(labelText: 'Adres'),
  minLines: 3,
  maxLines: 5,
  validator: (value) => (value == null || value.trim().isEmpty) ? 'Adres gerekli' : null,
),
const SizedBox(height: 12),
""", "TextFormField, _addressController, maxLines, validator", chk=["call TextFormField(controller, validator)"])
t("fields", "forms", "Kart numarası alanı ekle: gizli yazılsın, 16 hane olsun",
  r"""
TextFormField(
  controller: _cardController,
  decoration: const InputDecoration(labelText: 'Kart numarası'),
  keyboardType: TextInputType.number,
  obscureText: true,
  maxLength: 16,
  validator: (value) => value?.length == 16 ? null : '16 haneli kart numarası girin',
),
""", "TextFormField, _cardController, obscureText", chk=["call TextFormField(controller)"])
t("fields", "widgets_layout", "Sepet özetini gösteren bir kart koy: ürün sayısı ve toplam",
  r"""
Card(
  child: ListTile(
    title: Text('${cart.items.length} ürün'),
    trailing: Text(
      '${cart.total.toStringAsFixed(2)} ₺',
      style: Theme.of(context).textTheme.titleMedium,
    ),
  ),
),
const SizedBox(height: 12),
""", "Card, cart.items | cart.itemCount, cart.total")
t("terms", "forms", "Checkbox değişince _acceptTerms'ü güncelle",
  r"""
setState(() => _acceptTerms = value ?? false);
""", "setState, _acceptTerms")
t("terms", "platform", "Onay kutusu işaretlenince hafif titreşim ver ve durumu güncelle",
  r"""
HapticFeedback.selectionClick();
setState(() => _acceptTerms = value ?? false);
""", "HapticFeedback, setState, _acceptTerms")
# ---------------------------------------------------------------- e-commerce: product repository (http)
host(
    "product_repository",
    r"""
import 'dart:async';
import 'dart:convert';
import 'dart:io';
import 'dart:isolate';

import 'package:http/http.dart' as http;

class Product {
  const Product({
    required this.id,
    required this.name,
    required this.price,
    this.imageUrl,
  });

  final String id;
  final String name;
  final double price;
  final String? imageUrl;

  @@product_members
}

@@top

class ProductRepository {
  ProductRepository({http.Client? client}) : _client = client ?? http.Client();

  static const _baseUrl = 'https://api.shop.example.com/v1';
  final http.Client _client;
  final Map<String, Product> _cache = {};

  @@repo_members

  Future<List<Product>> fetchProducts({String query = '', int page = 1}) async {
    final uri = Uri.parse('$_baseUrl/products').replace(
      queryParameters: {
        'page': '$page',
        if (query.isNotEmpty) 'q': query,
      },
    );
    @@fetch:: final response = await _client.get(uri); return (jsonDecode(response.body) as List).map((e) => Product.fromJson(e as Map<String, dynamic>)).toList();
  }

  Future<Product> fetchProduct(String id) async {
    @@fetch_one:: final response = await _client.get(Uri.parse('$_baseUrl/products/$id')); return Product.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
  }

  void dispose() {
    @@dispose:: _client.close();
  }
}
""",
    product_members="class_body", top="top_level", repo_members="class_body", 
    fetch="statements", fetch_one="statements", dispose="statements",
)
t("product_members", "http_json", "JSON map'ten Product üreten bir factory constructor yaz",
  r"""
factory Product.fromJson(Map<String, dynamic> json) => Product(
      id: json['id'] as String,
      name: json['name'] as String,
      price: (json['price'] as num).toDouble(),
      imageUrl: json['imageUrl'] as String?,
    );
""", "factory, Product.fromJson, Map<String, dynamic>")
t("product_members", "http_json", "Product'ı JSON'a çeviren toJson metodu ekle",
  r"""
Map<String, dynamic> toJson() => {
      'id': id,
      'name': name,
      'price': price,
      if (imageUrl != null) 'imageUrl': imageUrl,
    };
""", "toJson, Map<String, dynamic>")
t("product_members", "dart_language", "Sadece verilen alanları değiştiren bir copyWith metodu yaz",
  r"""
Product copyWith({String? id, String? name, double? price, String? imageUrl}) => Product(
      id: id ?? this.id,
      name: name ?? this.name,
      price: price ?? this.price,
      imageUrl: imageUrl ?? this.imageUrl,
    );
""", "copyWith, ??")
t("product_members", "dart_language", "id'ye göre eşitlik karşılaştırması yap, == ve hashCode'u override et",
  r"""
@override
bool operator ==(Object other) => other is Product && other.id == id;

@override
int get hashCode => id.hashCode;
""", "operator ==, hashCode, @override")
t("top", "http_json", "HTTP hataları için statusCode ve mesaj tutan bir exception sınıfı tanımla",
  r"""
class ApiException implements Exception {
  ApiException(this.statusCode, this.message);

  final int statusCode;
  final String message;

  @override
  String toString() => 'ApiException($statusCode): $message';
}
""", "implements Exception, statusCode")
t("top", "performance", "Büyük JSON listesini ayrı isolate'te çözen top-level bir fonksiyon yaz",
  r"""
List<Product> parseProducts(String body) {
  final list = jsonDecode(body) as List<dynamic>;
  return list.map((e) => Product.fromJson(e as Map<String, dynamic>)).toList();
}
""", "jsonDecode, Product.fromJson")
t("repo_members", "http_json", "Her istekte gönderilecek ortak header'ları veren bir getter ekle",
  r"""
Map<String, String> get _headers => {
      HttpHeaders.acceptHeader: 'application/json',
      HttpHeaders.contentTypeHeader: 'application/json',
    };
""", "get, Map<String, String>")
t("repo_members", "http_json", "Yeni ürün oluşturmak için POST isteği atan bir metot yaz, 201 değilse hata fırlat",
  r"""
Future<Product> createProduct(Product product) async {
  final response = await _client.post(
    Uri.parse('$_baseUrl/products'),
    headers: {'Content-Type': 'application/json'},
    body: jsonEncode(product.toJson()),
  );
  if (response.statusCode != 201) {
    throw HttpException('Ürün oluşturulamadı: ${response.statusCode}');
  }
  return Product.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
}
""", "_client.post, jsonEncode, statusCode, 201")
t("repo_members", "storage", "Önbelleği temizleyen bir metot",
  r"""
void clearCache() => _cache.clear();
""", "_cache.clear")
t("fetch", "http_json", "İsteği at, 200 ise JSON listesini Product listesine çevir, değilse HttpException fırlat",
  r"""
final response = await _client.get(uri);
if (response.statusCode != 200) {
  throw HttpException('Ürünler alınamadı: ${response.statusCode}');
}
final data = jsonDecode(response.body) as List<dynamic>;
return data.map((e) => Product.fromJson(e as Map<String, dynamic>)).toList();
""", "_client.get, statusCode, jsonDecode, Product.fromJson")
t("fetch", "async", "İstek 10 saniyede cevap vermezse TimeoutException ile vazgeç, sonucu listeye çevir",
  r"""
final response = await _client.get(uri).timeout(const Duration(seconds: 10));
if (response.statusCode != 200) {
  throw HttpException('HTTP ${response.statusCode}');
}
final list = jsonDecode(response.body) as List<dynamic>;
return list.map((e) => Product.fromJson(e as Map<String, dynamic>)).toList();
""", ".timeout, Duration, jsonDecode")
t("fetch", "performance", "cevabı ana thread'i kilitlemeden ayrı bir isolate'te parse et",
  r"""
final response = await _client.get(uri);
if (response.statusCode != 200) {
  throw HttpException('HTTP ${response.statusCode}');
}
return Isolate.run(() {
  final list = jsonDecode(response.body) as List<dynamic>;
  return list.map((e) => Product.fromJson(e as Map<String, dynamic>)).toList();
});
""", "Isolate.run | compute, _client.get")
t("fetch_one", "storage", "Önce _cache'e bak, yoksa API'den çek ve önbelleğe yaz",
  r"""
final cached = _cache[id];
if (cached != null) return cached;
final response = await _client.get(Uri.parse('$_baseUrl/products/$id'));
if (response.statusCode != 200) {
  throw HttpException('Ürün bulunamadı: $id');
}
final product = Product.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
_cache[id] = product;
return product;
""", "_cache, _client.get, Product.fromJson")
t("fetch_one", "http_json", "404 gelirse anlamlı bir hata ver, 200 ise ürünü döndür",
  r"""
final response = await _client.get(Uri.parse('$_baseUrl/products/$id'));
if (response.statusCode == 404) {
  throw HttpException('Ürün bulunamadı: $id');
}
if (response.statusCode != 200) {
  throw HttpException('HTTP ${response.statusCode}');
}
return Product.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
""", "404, _client.get, Product.fromJson")
t("fetch_one", "async", "Ağ hatasında 3 kere tekrar dene, aralarda biraz bekle",
  r"""
for (var attempt = 1; ; attempt++) {
  try {
    final response = await _client.get(Uri.parse('$_baseUrl/products/$id'));
    if (response.statusCode == 200) {
      return Product.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
    }
    throw HttpException('HTTP ${response.statusCode}');
  } on SocketException {
    if (attempt >= 3) rethrow;
    await Future.delayed(Duration(seconds: attempt));
  }
}
""", "SocketException, Future.delayed, _client.get")
t("dispose", "http_json", "http client'ı kapat ve cache'i temizle",
  r"""
_client.close();
_cache.clear();
""", "_client.close, _cache.clear")
# ---------------------------------------------------------------- e-commerce: product detail page
host(
    "product_detail_page",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:intl/intl.dart';
import 'package:provider/provider.dart';
import 'package:share_plus/share_plus.dart';

import '../models/product.dart';
import '../state/cart_model.dart';

class ProductDetailPage extends StatelessWidget {
  const ProductDetailPage({super.key, required this.product});

  final Product product;

  @@members

  @override
  Widget build(BuildContext context) {
    final theme = Theme.of(context);
    return Scaffold(
      appBar: AppBar(
        title: Text(product.name),
        actions: [
          @@actions
        ],
      ),
      body: SingleChildScrollView(
        child: Column(
          crossAxisAlignment: CrossAxisAlignment.start,
          children: [
            @@image
            Padding(
              padding: const EdgeInsets.all(16),
              child: Column(
                crossAxisAlignment: CrossAxisAlignment.start,
                children: [
                  Text(
                    product.name,
                    style: theme.textTheme.headlineSmall,
                  ),
                  const SizedBox(height: 8),
                  @@details
                ],
              ),
            ),
          ],
        ),
      ),
      bottomNavigationBar: SafeArea(
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: FilledButton.icon(
            icon: const Icon(Icons.add_shopping_cart),
            label: const Text('Sepete ekle'),
            onPressed: () {
              @@add_to_cart:: context.read<CartModel>().add(product);
            },
          ),
        ),
      ),
    );
  }
}
""",
    members="class_body", actions="element", image="element", details="element",
    add_to_cart="callback",
)
t("members", "widgets_layout", "Fiyatı tema rengiyle büyük yazan küçük bir yardımcı widget metodu ekle",
  r"""
Widget _buildPrice(BuildContext context) {
  return Text(
    '${product.price.toStringAsFixed(2)} ₺',
    style: Theme.of(context).textTheme.headlineSmall?.copyWith(
          color: Theme.of(context).colorScheme.primary,
        ),
  );
}
""", "Widget, product.price, Theme.of")
t("members", "navigation", "Bu sayfayı ürünle birlikte açan statik bir route metodu yaz",
  r"""
static Route<void> route(Product product) {
  return MaterialPageRoute(builder: (_) => ProductDetailPage(product: product));
}
""", "static, MaterialPageRoute, ProductDetailPage", chk=["call MaterialPageRoute(builder)"])
t("actions", "platform", "Ürünü paylaşmak için bir paylaş butonu ekle",
  r"""
IconButton(
  icon: const Icon(Icons.share),
  onPressed: () => Share.share('${product.name} - ${product.price.toStringAsFixed(2)} ₺'),
),
""", "IconButton, Share.share | SharePlus.instance.share")
t("actions", "state", "Favori butonu koy, tıklanınca favorilere ekleyip snackbar göstersin",
  r"""
IconButton(
  icon: const Icon(Icons.favorite_border),
  tooltip: 'Favorilere ekle',
  onPressed: () {
    ScaffoldMessenger.of(context).showSnackBar(
      SnackBar(content: Text('${product.name} favorilere eklendi')),
    );
  },
),
""", "IconButton, ScaffoldMessenger.of, SnackBar")
t("image", "images_assets", "Ürün resmini 4:3 oranında göster, yüklenemezse assets'teki placeholder görünsün",
  r"""
AspectRatio(
  aspectRatio: 4 / 3,
  child: Image.network(
    product.imageUrl ?? '',
    fit: BoxFit.cover,
    errorBuilder: (context, error, stackTrace) =>
        Image.asset('assets/images/placeholder.png', fit: BoxFit.cover),
  ),
),
""", "AspectRatio, Image.network, Image.asset, errorBuilder")
t("image", "animations", "Resme dokununca tam ekran görüntüleyici açılsın, geçiş Hero animasyonuyla olsun",
  r"""
GestureDetector(
  onTap: () => Navigator.push(
    context,
    MaterialPageRoute(
      builder: (_) => Scaffold(
        appBar: AppBar(),
        body: Center(
          child: Hero(tag: 'product-${product.id}', child: Image.network(product.imageUrl ?? '')),
        ),
      ),
    ),
  ),
  child: Hero(
    tag: 'product-${product.id}',
    child: Image.network(product.imageUrl ?? '', height: 280, width: double.infinity, fit: BoxFit.cover),
  ),
),
""", "Hero, tag, onTap, Navigator.push | Navigator.of | context.push", chk=["call Hero(tag, child)"])
t("image", "images_assets", "resim yuklenirken yumusak bir fade-in olsun, hata olursa placeholder kalsin",
  r"""
FadeInImage.assetNetwork(
  placeholder: 'assets/images/loading.png',
  image: product.imageUrl ?? '',
  height: 280,
  width: double.infinity,
  fit: BoxFit.cover,
  imageErrorBuilder: (context, error, stackTrace) => Image.asset('assets/images/loading.png'),
),
""", "FadeInImage.assetNetwork | FadeInImage, placeholder, image")
t("details", "theming", "Fiyatı temanın primary rengiyle ve titleLarge stiliyle göster",
  r"""
Text(
  '${product.price.toStringAsFixed(2)} ₺',
  style: theme.textTheme.titleLarge?.copyWith(color: theme.colorScheme.primary),
),
const SizedBox(height: 12),
""", "Text, theme.colorScheme.primary | colorScheme.primary, titleLarge")
t("details", "widgets_layout", "Ücretsiz kargo ve 14 gün iade bilgisini ikonlu iki Chip olarak yan yana koy",
  r"""
Wrap(
  spacing: 8,
  children: const [
    Chip(avatar: Icon(Icons.local_shipping, size: 18), label: Text('Ücretsiz kargo')),
    Chip(avatar: Icon(Icons.undo, size: 18), label: Text('14 gün iade')),
  ],
),
""", "Wrap | Row, Chip", chk=["call Chip(avatar, label)"])
t("details", "localization", "Fiyatı tr_TR para birimi formatında göster (intl NumberFormat ile)",
  r"""
Text(
  NumberFormat.currency(locale: 'tr_TR', symbol: '₺').format(product.price),
  style: theme.textTheme.titleLarge,
),
const SizedBox(height: 12),
""", "NumberFormat.currency, locale, product.price")
t("add_to_cart", "state", "Ürünü sepete ekle ve 'Sepete eklendi' snackbar'ı göster, içinde Geri Al olsun",
  r"""
final cart = context.read<CartModel>();
cart.add(product);
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: const Text('Sepete eklendi'),
    action: SnackBarAction(label: 'Geri al', onPressed: () => cart.remove(product.id)),
  ),
);
""", "context.read<CartModel>, add, SnackBar, SnackBarAction")
t("add_to_cart", "navigation", "sepete ekledikten sonra sayfayı kapatıp önceki sayfaya true döndür",
  r"""
context.read<CartModel>().add(product);
Navigator.pop(context, true);
""", "context.read<CartModel>, Navigator.pop | context.pop")
t("add_to_cart", "platform", "Eklerken hafif titreşim olsun",
  r"""
HapticFeedback.lightImpact();
context.read<CartModel>().add(product);
""", "HapticFeedback, context.read<CartModel>")
# ---------------------------------------------------------------- e-commerce: cart page (provider)
host(
    "cart_page",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_svg/flutter_svg.dart';
import 'package:provider/provider.dart';

import '../state/cart_model.dart';
import 'checkout_page.dart';

class CartPage extends StatelessWidget {
  const CartPage({super.key});

  @@members

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Sepetim')),
      body: Consumer<CartModel>(
        builder: (context, cart, child) {
          if (cart.items.isEmpty) {
            @@empty:: return const Center(child: Text('Sepetiniz boş'));
          }
          return ListView.separated(
            itemCount: cart.items.length,
            separatorBuilder: (context, index) => const Divider(height: 1),
            itemBuilder: (context, index) {
              final item = cart.items[index];
              return ListTile(
                title: Text(item.product.name),
                subtitle: Text('${item.quantity} adet'),
                @@tile_args
                trailing: IconButton(
                  icon: const Icon(Icons.delete_outline),
                  onPressed: () {
                    @@delete:: cart.remove(item.product.id);
                  },
                ),
              );
            },
          );
        },
      ),
      bottomNavigationBar: Padding(
        padding: const EdgeInsets.all(16),
        child: Row(
          children: [
            @@bottom
            FilledButton(
              onPressed: () => Navigator.push(
                context,
                MaterialPageRoute(builder: (_) => const CheckoutPage()),
              ),
              child: const Text('Ödemeye geç'),
            ),
          ],
        ),
      ),
    );
  }
}
""",
    members="class_body", empty="callback", tile_args="argument", delete="callback",
    bottom="element",
)
t("members", "widgets_layout", "Sepet boşken gösterilecek ikonlu ve butonlu bir boş durum widget'ı döndüren metot yaz",
  r"""
Widget _buildEmpty(BuildContext context) {
  return Center(
    child: Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        const Icon(Icons.remove_shopping_cart_outlined, size: 72),
        const SizedBox(height: 12),
        const Text('Sepetiniz boş'),
        TextButton(onPressed: () => Navigator.pop(context), child: const Text('Alışverişe dön')),
      ],
    ),
  );
}
""", "Widget, Column, Icon, Navigator.pop | context.pop")
t("members", "navigation", "Silmeden önce onay soran bir dialog metodu ekle, sonucu bool döndürsün",
  r"""
Future<bool> _confirmDelete(BuildContext context, String name) async {
  final result = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Ürünü kaldır'),
      content: Text('$name sepetten kaldırılsın mı?'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
        TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Kaldır')),
      ],
    ),
  );
  return result ?? false;
}
""", "showDialog, AlertDialog, Navigator.pop", chk=["call showDialog(context, builder)"])
t("empty", "widgets_layout", "Boş sepet için ortada büyük bir ikon ve açıklama göster",
  r"""
return const Center(
  child: Column(
    mainAxisSize: MainAxisSize.min,
    children: [
      Icon(Icons.shopping_cart_outlined, size: 80, color: Colors.grey),
      SizedBox(height: 16),
      Text('Sepetiniz boş'),
    ],
  ),
);
""", "return, Center, Column, Icon")
t("empty", "images_assets", "sepet bossa assets'teki empty_cart.svg gorselini ve bir yazi goster",
  r"""
return Center(
  child: Column(
    mainAxisSize: MainAxisSize.min,
    children: [
      SvgPicture.asset('assets/images/empty_cart.svg', width: 160),
      const SizedBox(height: 16),
      const Text('Sepetiniz boş'),
    ],
  ),
);
""", "return, SvgPicture.asset")
t("tile_args", "images_assets", "Solda ürünün küçük resmini yuvarlak köşeli göster",
  r"""
leading: ClipRRect(
  borderRadius: BorderRadius.circular(8),
  child: Image.network(
    item.product.imageUrl ?? '',
    width: 48,
    height: 48,
    fit: BoxFit.cover,
    errorBuilder: (_, __, ___) => const Icon(Icons.image_not_supported),
  ),
),
""", "leading, ClipRRect, Image.network, item.product")
t("tile_args", "navigation", "Satıra dokununca ürün detayına git",
  r"""
onTap: () => Navigator.pushNamed(context, '/product', arguments: item.product.id),
""", "onTap, Navigator.pushNamed | Navigator.push | context.push | context.go")
t("tile_args", "state", "Uzun basınca miktarı bir artır",
  r"""
onLongPress: () => cart.add(item.product),
""", "onLongPress, cart.add")
t("delete", "state", "Ürünü sepetten kaldır ve geri alma seçenekli snackbar göster",
  r"""
cart.remove(item.product.id);
ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(
    content: Text('${item.product.name} kaldırıldı'),
    action: SnackBarAction(
      label: 'Geri al',
      onPressed: () => cart.add(item.product, quantity: item.quantity),
    ),
  ),
);
""", "cart.remove, SnackBar, SnackBarAction, cart.add")
t("bottom", "state", "Sol tarafa sepet toplamını göster, butona kadar alanı doldursun",
  r"""
Expanded(
  child: Consumer<CartModel>(
    builder: (context, cart, _) => Text(
      'Toplam: ${cart.total.toStringAsFixed(2)} ₺',
      style: Theme.of(context).textTheme.titleMedium,
    ),
  ),
),
""", "Expanded, Consumer<CartModel> | context.watch<CartModel> | context.select, total")
t("bottom", "performance", "Toplamı sadece total değişince yeniden çiz, Selector kullan",
  r"""
Expanded(
  child: Selector<CartModel, double>(
    selector: (_, cart) => cart.total,
    builder: (context, total, _) => Text('Toplam: ${total.toStringAsFixed(2)} ₺'),
  ),
),
""", "Selector | context.select, total")
t("bottom", "widgets_layout", "sepeti boşaltan bir metin butonu ve araya boşluk koy",
  r"""
TextButton(
  onPressed: () => context.read<CartModel>().clear(),
  child: const Text('Sepeti boşalt'),
),
const Spacer(),
""", "TextButton, context.read<CartModel>, clear")
# ---------------------------------------------------------------- e-commerce: app root
host(
    "shop_app",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:flutter_localizations/flutter_localizations.dart';
import 'package:provider/provider.dart';

import 'models/product.dart';
import 'pages/cart_page.dart';
import 'pages/product_detail_page.dart';
import 'pages/product_list_page.dart';
import 'services/product_repository.dart';
import 'state/cart_model.dart';

@@top

void main() {
  WidgetsFlutterBinding.ensureInitialized();
  @@main
  runApp(
    MultiProvider(
      providers: [
        ChangeNotifierProvider(create: (_) => CartModel()),
        @@providers
      ],
      child: const ShopApp(),
    ),
  );
}

class ShopApp extends StatelessWidget {
  const ShopApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Mağaza',
      debugShowCheckedModeBanner: false,
      @@app_args
      home: ProductListPage(repository: context.read<ProductRepository>()),
    );
  }
}
""",
    top="top_level", main="statements", providers="element", app_args="argument",
)
t("top", "theming", "Uygulamanın açık teması için turuncu tohum renkli Material 3 ThemeData tanımla",
  r"""
final ThemeData lightTheme = ThemeData(
  useMaterial3: true,
  colorScheme: ColorScheme.fromSeed(seedColor: Colors.deepOrange),
  appBarTheme: const AppBarTheme(centerTitle: true),
);
""", "ThemeData, ColorScheme.fromSeed, seedColor")
t("top", "theming", "koyu tema için ayrı bir ThemeData yaz, aynı tohum rengini kullansın",
  r"""
final ThemeData darkTheme = ThemeData(
  colorScheme: ColorScheme.fromSeed(
    seedColor: Colors.deepOrange,
    brightness: Brightness.dark,
  ),
);
""", "ThemeData, ColorScheme.fromSeed, Brightness.dark")
t("top", "theming", "Marka renklerini tutan bir ThemeExtension sınıfı oluştur (indirim rengi, kargo rengi)",
  r"""
class BrandColors extends ThemeExtension<BrandColors> {
  const BrandColors({required this.discount, required this.shipping});

  final Color discount;
  final Color shipping;

  @override
  BrandColors copyWith({Color? discount, Color? shipping}) =>
      BrandColors(discount: discount ?? this.discount, shipping: shipping ?? this.shipping);

  @override
  BrandColors lerp(BrandColors? other, double t) {
    if (other == null) return this;
    return BrandColors(
      discount: Color.lerp(discount, other.discount, t)!,
      shipping: Color.lerp(shipping, other.shipping, t)!,
    );
  }
}
""", "ThemeExtension, copyWith, lerp", chk=["extends ThemeExtension"])
t("top", "navigation", "Route isimlerini sabit olarak tutan bir sınıf yaz",
  r"""
abstract final class Routes {
  static const products = '/';
  static const cart = '/cart';
  static const product = '/product';
}
""", "static const")
t("main", "platform", "Uygulama sadece dikey modda çalışsın",
  r"""
SystemChrome.setPreferredOrientations([
  DeviceOrientation.portraitUp,
  DeviceOrientation.portraitDown,
]);
""", "SystemChrome.setPreferredOrientations, DeviceOrientation.portraitUp")
t("main", "platform", "Durum çubuğunu şeffaf yap, ikonlar koyu olsun",
  r"""
SystemChrome.setSystemUIOverlayStyle(
  const SystemUiOverlayStyle(
    statusBarColor: Colors.transparent,
    statusBarIconBrightness: Brightness.dark,
  ),
);
""", "SystemChrome.setSystemUIOverlayStyle, SystemUiOverlayStyle, statusBarColor")
t("main", "async", "Flutter hatalarını yakalayıp konsola logla, çökmesin",
  r"""
FlutterError.onError = (details) {
  FlutterError.presentError(details);
  debugPrint('Flutter hatası: ${details.exceptionAsString()}');
};
""", "FlutterError.onError")
t("providers", "state", "ProductRepository'yi de provider olarak ver, kapanınca dispose edilsin",
  r"""
Provider<ProductRepository>(
  create: (_) => ProductRepository(),
  dispose: (_, repository) => repository.dispose(),
),
""", "Provider<ProductRepository> | Provider, ProductRepository, dispose")
t("providers", "state", "sepet toplamını dinleyen bir ProxyProvider ekle",
  r"""
ProxyProvider<CartModel, double>(
  update: (_, cart, __) => cart.total,
),
""", "ProxyProvider, CartModel, update")
t("app_args", "navigation", "Named route'ları onGenerateRoute ile tanımla, ürün detayına argüman geçsin",
  r"""
onGenerateRoute: (settings) {
  switch (settings.name) {
    case '/cart':
      return MaterialPageRoute(builder: (_) => const CartPage());
    case '/product':
      final product = settings.arguments as Product;
      return MaterialPageRoute(builder: (_) => ProductDetailPage(product: product));
  }
  return null;
},
""", "onGenerateRoute, settings.name, settings.arguments, MaterialPageRoute")
t("app_args", "localization", "Türkçe ve İngilizce desteği ekle, localization delegate'lerini ver",
  r"""
locale: const Locale('tr'),
supportedLocales: const [Locale('tr'), Locale('en')],
localizationsDelegates: const [
  GlobalMaterialLocalizations.delegate,
  GlobalWidgetsLocalizations.delegate,
  GlobalCupertinoLocalizations.delegate,
],
localeResolutionCallback: (locale, supported) => supported.firstWhere(
  (l) => l.languageCode == locale?.languageCode,
  orElse: () => supported.first,
),
""", "supportedLocales, localizationsDelegates, GlobalMaterialLocalizations.delegate")
t("app_args", "localization", "cihaz dili desteklenmiyorsa Türkçeye düşsün",
  r"""
supportedLocales: const [Locale('tr'), Locale('en')],
localeResolutionCallback: (locale, supportedLocales) {
  for (final supported in supportedLocales) {
    if (supported.languageCode == locale?.languageCode) return supported;
  }
  return const Locale('tr');
},
""", "localeResolutionCallback, supportedLocales, Locale")
t("app_args", "widgets_layout", "Sistem yazı boyutu çok büyürse en fazla 1.3 kat ölçeklensin",
  r"""
builder: (context, child) {
  final mediaQuery = MediaQuery.of(context);
  return MediaQuery(
    data: mediaQuery.copyWith(
      textScaler: mediaQuery.textScaler.clamp(maxScaleFactor: 1.3),
    ),
    child: child!,
  );
},
""", "builder, MediaQuery, textScaler")
t("app_args", "navigation", "Bilinmeyen bir route açılırsa 'Sayfa bulunamadı' ekranı göster",
  r"""
onUnknownRoute: (settings) => MaterialPageRoute(
  builder: (_) => Scaffold(
    appBar: AppBar(),
    body: Center(child: Text('Sayfa bulunamadı: ${settings.name}')),
  ),
),
""", "onUnknownRoute, MaterialPageRoute")
# ---------------------------------------------------------------- e-commerce: product grid with images
host(
    "product_grid",
    r"""
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';

import '../models/product.dart';

@@top

class ProductGrid extends StatefulWidget {
  const ProductGrid({super.key, required this.products, required this.onOpen});

  final List<Product> products;
  final ValueChanged<Product> onOpen;

  @override
  State<ProductGrid> createState() => _ProductGridState();
}

class _ProductGridState extends State<ProductGrid> {
  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    @@precache
  }

  @override
  Widget build(BuildContext context) {
    return GridView.builder(
      padding: const EdgeInsets.all(8),
      gridDelegate: const SliverGridDelegateWithMaxCrossAxisExtent(
        maxCrossAxisExtent: 220,
        childAspectRatio: 0.7,
      ),
      itemCount: widget.products.length,
      itemBuilder: (context, index) {
        final product = widget.products[index];
        @@item:: return Card(child: Text(product.name));
      },
    );
  }
}
""",
    top="top_level", precache="statements", item="callback",
)
t("top", "images_assets", "Uygulamadaki asset yollarını sabit olarak tutan bir sınıf yaz",
  r"""
abstract final class AppImages {
  static const logo = 'assets/images/logo.png';
  static const placeholder = 'assets/images/placeholder.png';
  static const emptyCart = 'assets/images/empty_cart.png';
}
""", "static const")
t("top", "images_assets", "Ürün resmi için, hata olursa asset placeholder gösteren tekrar kullanılabilir bir widget yaz",
  r"""
class ProductImage extends StatelessWidget {
  const ProductImage({super.key, required this.url});

  final String? url;

  @override
  Widget build(BuildContext context) {
    if (url == null) {
      return Image.asset('assets/images/placeholder.png', fit: BoxFit.cover);
    }
    return CachedNetworkImage(
      imageUrl: url!,
      fit: BoxFit.cover,
      errorWidget: (context, url, error) => Image.asset('assets/images/placeholder.png'),
    );
  }
}
""", "extends StatelessWidget, Image.asset, CachedNetworkImage | Image.network")
t("precache", "images_assets", "İlk 6 ürünün resmini önceden önbelleğe al",
  r"""
for (final product in widget.products.take(6)) {
  final url = product.imageUrl;
  if (url != null) precacheImage(NetworkImage(url), context);
}
""", "precacheImage, NetworkImage | CachedNetworkImageProvider, widget.products")
t("precache", "images_assets", "Placeholder asset'ini önceden yükle ki ilk gösterimde titremesin",
  r"""
precacheImage(const AssetImage('assets/images/placeholder.png'), context);
""", "precacheImage, AssetImage")
t("item", "images_assets", "Kartta üstte önbellekli ürün resmi, altta isim ve fiyat olsun; dokununca onOpen çağrılsın",
  r"""
return Card(
  clipBehavior: Clip.antiAlias,
  child: InkWell(
    onTap: () => widget.onOpen(product),
    child: Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        Expanded(
          child: CachedNetworkImage(
            imageUrl: product.imageUrl ?? '',
            width: double.infinity,
            fit: BoxFit.cover,
            placeholder: (context, url) => const ColoredBox(color: Colors.black12),
            errorWidget: (context, url, error) => const Icon(Icons.broken_image),
          ),
        ),
        Padding(
          padding: const EdgeInsets.all(8),
          child: Text(product.name, maxLines: 1, overflow: TextOverflow.ellipsis),
        ),
      ],
    ),
  ),
);
""", "return, CachedNetworkImage, widget.onOpen, product.name")
t("item", "performance", "Resim decode boyutunu küçült ki bellek şişmesin, kartı RepaintBoundary ile sar",
  r"""
final dpr = MediaQuery.devicePixelRatioOf(context);
return RepaintBoundary(
  child: Card(
    clipBehavior: Clip.antiAlias,
    child: Image.network(
      product.imageUrl ?? '',
      fit: BoxFit.cover,
      cacheWidth: (220 * dpr).round(),
    ),
  ),
);
""", "RepaintBoundary, cacheWidth | ResizeImage | memCacheWidth")
t("item", "images_assets", "resim yuklenirken yuzdelik ilerleme goster",
  r"""
return Card(
  child: Image.network(
    product.imageUrl ?? '',
    fit: BoxFit.cover,
    loadingBuilder: (context, child, progress) {
      if (progress == null) return child;
      final total = progress.expectedTotalBytes;
      return Center(
        child: CircularProgressIndicator(
          value: total == null ? null : progress.cumulativeBytesLoaded / total,
        ),
      );
    },
  ),
);
""", "Image.network, loadingBuilder, cumulativeBytesLoaded")
t("item", "animations", "Kartlar ilk gösterimde aşağıdan yukarı kayarak belirsin",
  r"""
return TweenAnimationBuilder<double>(
  tween: Tween(begin: 0, end: 1),
  duration: Duration(milliseconds: 300 + index * 40),
  builder: (context, value, child) => Opacity(
    opacity: value,
    child: Transform.translate(offset: Offset(0, 24 * (1 - value)), child: child),
  ),
  child: Card(child: Text(product.name)),
);
""", "TweenAnimationBuilder, Transform.translate | SlideTransition, Opacity | FadeTransition")
# ---------------------------------------------------------------- e-commerce: animated favorite button
host(
    "favorite_button",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter/services.dart';

@@top

class FavoriteButton extends StatefulWidget {
  const FavoriteButton({super.key, required this.initial, required this.onChanged});

  final bool initial;
  final ValueChanged<bool> onChanged;

  @override
  State<FavoriteButton> createState() => _FavoriteButtonState();
}

class _FavoriteButtonState extends State<FavoriteButton> with SingleTickerProviderStateMixin {
  late bool _favorite = widget.initial;
  late final AnimationController _controller = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 200),
  );
  late final Animation<double> _scale = Tween<double>(begin: 1, end: 1.3).animate(
    CurvedAnimation(parent: _controller, curve: Curves.easeOutBack),
  );

  @@members

  void _toggle() {
    @@toggle
  }

  @override
  Widget build(BuildContext context) {
    final colors = Theme.of(context).colorScheme;
    return IconButton(
      onPressed: _toggle,
      icon: ScaleTransition(
        scale: _scale,
        child: Icon(
          _favorite ? Icons.favorite : Icons.favorite_border,
          color: _favorite ? colors.error : colors.onSurfaceVariant,
        ),
      ),
    );
  }
}
""",
    top="top_level", members="class_body", toggle="statements", )
t("members", "animations", "dispose'u override et ve animasyon controller'ını kapat",
  r"""
@override
void dispose() {
  _controller.dispose();
  super.dispose();
}
""", "dispose, _controller.dispose, super.dispose")
t("members", "animations", "Kalp büyüyüp geri küçülen bir 'pop' animasyonunu oynatan metot yaz",
  r"""
Future<void> _playPop() async {
  await _controller.forward(from: 0);
  await _controller.reverse();
}
""", "_controller.forward, _controller.reverse")
t("members", "state", "Parent initial değerini değiştirirse state'i senkronize et",
  r"""
@override
void didUpdateWidget(FavoriteButton oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (oldWidget.initial != widget.initial) {
    _favorite = widget.initial;
  }
}
""", "didUpdateWidget, widget.initial, _favorite")
t("toggle", "animations", "Favori durumunu değiştir, favoriye eklenince büyüyüp küçülme animasyonunu oynat ve parent'a haber ver",
  r"""
setState(() => _favorite = !_favorite);
if (_favorite) {
  _controller.forward(from: 0).then((_) => _controller.reverse());
}
widget.onChanged(_favorite);
""", "setState, _favorite, _controller.forward, widget.onChanged")
t("toggle", "platform", "durumu değiştir, titreşim ver ve onChanged çağır",
  r"""
HapticFeedback.mediumImpact();
setState(() => _favorite = !_favorite);
widget.onChanged(_favorite);
""", "HapticFeedback, setState, widget.onChanged")
t("top", "animations", "Favori ikonu için yeniden kullanılabilir bir AnimatedSwitcher'lı ikon widget'ı yaz",
  r"""
class AnimatedFavoriteIcon extends StatelessWidget {
  const AnimatedFavoriteIcon({super.key, required this.favorite});

  final bool favorite;

  @override
  Widget build(BuildContext context) {
    return AnimatedSwitcher(
      duration: const Duration(milliseconds: 250),
      transitionBuilder: (child, animation) => ScaleTransition(scale: animation, child: child),
      child: Icon(
        favorite ? Icons.favorite : Icons.favorite_border,
        key: ValueKey(favorite),
        color: favorite ? Colors.red : null,
      ),
    );
  }
}
""", "AnimatedSwitcher, transitionBuilder, ValueKey")
t("top", "theming", "Favori rengi için tema uzantısından okuyan bir BuildContext extension'ı yaz",
  r"""
extension FavoriteColor on BuildContext {
  Color get favoriteColor => Theme.of(this).colorScheme.error;
}
""", "extension, on BuildContext, Theme.of")
# ---------------------------------------------------------------- chat: conversation page
host(
    "chat_page",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';
import 'package:flutter/services.dart';
import 'package:image_picker/image_picker.dart';

import '../models/message.dart';
import '../services/chat_service.dart';
import '../widgets/message_bubble.dart';

class ChatPage extends StatefulWidget {
  const ChatPage({super.key, required this.chatId, required this.service});

  final String chatId;
  final ChatService service;

  @override
  State<ChatPage> createState() => _ChatPageState();
}

class _ChatPageState extends State<ChatPage> {
  final TextEditingController _messageController = TextEditingController();
  final ScrollController _scrollController = ScrollController();
  final FocusNode _inputFocus = FocusNode();
  final List<Message> _messages = [];
  StreamSubscription<Message>? _subscription;
  bool _canSend = false;

  @@members

  @override
  void initState() {
    super.initState();
    @@init
  }

  @override
  void dispose() {
    @@dispose
    super.dispose();
  }

  Future<void> _send() async {
    final text = _messageController.text.trim();
    @@send
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Sohbet')),
      body: Column(
        children: [
          Expanded(
            child: ListView.builder(
              controller: _scrollController,
              reverse: true,
              itemCount: _messages.length,
              itemBuilder: (context, index) {
                final message = _messages[_messages.length - 1 - index];
                @@item:: return MessageBubble(message: message);
              },
            ),
          ),
          SafeArea(
            child: Row(
              children: [
                @@input_row
                Expanded(
                  child: TextField(
                    controller: _messageController,
                    focusNode: _inputFocus,
                    @@field_args
                  ),
                ),
                IconButton(
                  icon: const Icon(Icons.send),
                  onPressed: _canSend ? _send : null,
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
    members="class_body", init="statements", dispose="statements", send="statements", item="callback", input_row="element", field_args="argument",
)
t("members", "lists", "En alttaki (en yeni) mesaja animasyonla kaydıran bir metot yaz",
  r"""
void _scrollToBottom() {
  if (!_scrollController.hasClients) return;
  _scrollController.animateTo(
    0,
    duration: const Duration(milliseconds: 250),
    curve: Curves.easeOut,
  );
}
""", "_scrollController.animateTo | _scrollController.jumpTo, hasClients")
t("members", "async", "Gelen mesaj akışını dinleyen bir metot yaz; her mesajı listeye ekleyip ekranı güncellesin",
  r"""
void _listen() {
  _subscription = widget.service.messages(widget.chatId).listen((message) {
    if (!mounted) return;
    setState(() => _messages.add(message));
  });
}
""", "_subscription, listen, setState, _messages.add")
t("members", "dart_language", "okunmamış mesaj sayısını veren getter",
  r"""
int get _unreadCount => _messages.where((m) => !m.isRead).length;
""", "get, _messages.where")
t("init", "async", "Servisin mesaj stream'ine abone ol, gelen mesajları listeye ekle",
  r"""
_subscription = widget.service.messages(widget.chatId).listen(
  (message) {
    if (!mounted) return;
    setState(() => _messages.add(message));
  },
  onError: (Object error) => debugPrint('Mesaj akışı hatası: $error'),
);
""", "_subscription, widget.service, listen, setState")
t("init", "forms", "Metin değiştikçe gönder butonunun aktifliğini güncelle",
  r"""
_messageController.addListener(() {
  final canSend = _messageController.text.trim().isNotEmpty;
  if (canSend != _canSend) setState(() => _canSend = canSend);
});
""", "_messageController.addListener, _canSend, setState")
t("init", "widgets_layout", "Sayfa açılınca ilk frame'den sonra mesaj kutusuna odaklan",
  r"""
WidgetsBinding.instance.addPostFrameCallback((_) {
  _inputFocus.requestFocus();
});
""", "addPostFrameCallback, _inputFocus.requestFocus")
t("dispose", "async", "Stream aboneliğini iptal et, controller ve focus node'u dispose et",
  r"""
_subscription?.cancel();
_messageController.dispose();
_scrollController.dispose();
_inputFocus.dispose();
""", "_subscription?.cancel | _subscription!.cancel, _messageController.dispose, _scrollController.dispose, _inputFocus.dispose")
t("dispose", "performance", "Abonelik kapanmazsa sızıntı olur, hepsini temizle",
  r"""
_subscription?.cancel();
_inputFocus.dispose();
_scrollController.dispose();
_messageController.dispose();
""", "_subscription?.cancel | _subscription!.cancel, _inputFocus.dispose, _messageController.dispose")
t("send", "async", "Metin boşsa çık; mesajı servise gönder, kutuyu temizle, hata olursa snackbar göster",
  r"""
if (text.isEmpty) return;
_messageController.clear();
try {
  await widget.service.send(widget.chatId, text);
} catch (e) {
  if (!mounted) return;
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Mesaj gönderilemedi')),
  );
}
""", "text.isEmpty, _messageController.clear, widget.service, try, catch, ScaffoldMessenger.of")
t("send", "state", "Mesajı hemen listeye ekle (iyimser güncelleme), sonra gönder",
  r"""
if (text.isEmpty) return;
final message = Message(text: text, sentAt: DateTime.now(), isMine: true);
setState(() => _messages.add(message));
_messageController.clear();
await widget.service.send(widget.chatId, text);
""", "setState, _messages.add, widget.service, _messageController.clear")
t("send", "platform", "mesaj gonderilince hafif titresim ver ve klavyeyi kapat",
  r"""
if (text.isEmpty) return;
HapticFeedback.lightImpact();
_inputFocus.unfocus();
_messageController.clear();
await widget.service.send(widget.chatId, text);
""", "HapticFeedback, unfocus, widget.service")
t("item", "lists", "Gün değiştiğinde mesajın üstüne tarih ayracı koy, yoksa sadece balonu göster",
  r"""
final previous = index + 1 < _messages.length ? _messages[_messages.length - 2 - index] : null;
final newDay = previous == null || !DateUtils.isSameDay(previous.sentAt, message.sentAt);
if (!newDay) return MessageBubble(message: message);
return Column(
  children: [
    Padding(
      padding: const EdgeInsets.symmetric(vertical: 8),
      child: Text(MaterialLocalizations.of(context).formatMediumDate(message.sentAt)),
    ),
    MessageBubble(message: message),
  ],
);
""", "DateUtils.isSameDay, MessageBubble, sentAt")
t("item", "platform", "Mesaja uzun basınca metni panoya kopyala ve bildir",
  r"""
return GestureDetector(
  onLongPress: () async {
    await Clipboard.setData(ClipboardData(text: message.text));
    if (!context.mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(const SnackBar(content: Text('Kopyalandı')));
  },
  child: MessageBubble(message: message),
);
""", "Clipboard.setData, ClipboardData, MessageBubble")
t("item", "widgets_layout", "benim mesajlarım sağa, diğerleri sola hizalansın",
  r"""
return Align(
  alignment: message.isMine ? Alignment.centerRight : Alignment.centerLeft,
  child: MessageBubble(message: message),
);
""", "Align, alignment, message.isMine, MessageBubble")
t("input_row", "images_assets", "Sol tarafa galeriden resim seçmek için bir ataç butonu ekle",
  r"""
IconButton(
  icon: const Icon(Icons.attach_file),
  onPressed: () async {
    final image = await ImagePicker().pickImage(source: ImageSource.gallery, imageQuality: 80);
    if (image == null) return;
    await widget.service.sendImage(widget.chatId, image.path);
  },
),
""", "IconButton, ImagePicker, pickImage, ImageSource.gallery")
t("input_row", "widgets_layout", "Emoji butonu koy, basınca klavyeyi kapatsın",
  r"""
IconButton(
  icon: const Icon(Icons.emoji_emotions_outlined),
  onPressed: () => _inputFocus.unfocus(),
),
""", "IconButton, _inputFocus.unfocus")
t("field_args", "forms", "Mesaj kutusu çok satırlı büyüsün (en fazla 5 satır), enter'a basınca gönder",
  r"""
minLines: 1,
maxLines: 5,
textInputAction: TextInputAction.send,
onSubmitted: (_) => _send(),
""", "maxLines, onSubmitted, _send")
t("field_args", "forms", "Yuvarlak kenarlı, 'Mesaj yaz' ipuçlu bir dekorasyon ver; dışarı dokununca klavye kapansın",
  r"""
decoration: InputDecoration(
  hintText: 'Mesaj yaz',
  border: OutlineInputBorder(borderRadius: BorderRadius.circular(24)),
  contentPadding: const EdgeInsets.symmetric(horizontal: 16),
),
onTapOutside: (_) => _inputFocus.unfocus(),
""", "InputDecoration, hintText, OutlineInputBorder, onTapOutside")
t("field_args", "state", "yazdikca gonder butonunun aktifligini guncelle",
  r"""
onChanged: (value) => setState(() => _canSend = value.trim().isNotEmpty),
""", "onChanged, setState, _canSend")
# ---------------------------------------------------------------- chat: conversations list
host(
    "conversations_page",
    r"""
import 'package:flutter/material.dart';

import '../models/conversation.dart';
import '../services/chat_service.dart';
import 'chat_page.dart';

class ConversationsPage extends StatefulWidget {
  const ConversationsPage({super.key, required this.service});

  final ChatService service;

  @override
  State<ConversationsPage> createState() => _ConversationsPageState();
}

class _ConversationsPageState extends State<ConversationsPage> {
  late Future<List<Conversation>> _future;
  String _filter = '';

  @override
  void initState() {
    super.initState();
    _future = widget.service.conversations();
  }

  Future<void> _refresh() async {
    @@refresh:: final next = widget.service.conversations(); setState(() => _future = next); await next;
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Mesajlar')),
      body: FutureBuilder<List<Conversation>>(
        future: _future,
        builder: (context, snapshot) {
          @@builder:: if (!snapshot.hasData) return const Center(child: CircularProgressIndicator());
          final conversations = snapshot.data!
              .where((c) => c.title.toLowerCase().contains(_filter))
              .toList();
          return RefreshIndicator(
            onRefresh: _refresh,
            child: ListView.separated(
              itemCount: conversations.length,
              @@list_args
              itemBuilder: (context, index) {
                final conversation = conversations[index];
                return Dismissible(
                  key: ValueKey(conversation.id),
                  @@dismiss_args
                  child: ListTile(
                    leading: CircleAvatar(child: Text(conversation.title[0])),
                    title: Text(conversation.title),
                    subtitle: Text(conversation.lastMessage, maxLines: 1),
                    @@tile_args
                  ),
                );
              },
            ),
          );
        },
      ),
      floatingActionButton: FloatingActionButton(
        child: const Icon(Icons.edit),
        @@fab_args
      ),
    );
  }
}
""",
    refresh="statements", builder="callback", list_args="argument", dismiss_args="argument", tile_args="argument",
    fab_args="argument",
)
t("refresh", "async", "Sohbetleri yeniden çek, RefreshIndicator bitene kadar beklesin",
  r"""
final next = widget.service.conversations();
setState(() => _future = next);
await next;
""", "widget.service.conversations, setState, _future, await")
t("builder", "async", "Yüklenirken progress, hata olursa tekrar dene butonlu mesaj göster",
  r"""
if (snapshot.connectionState == ConnectionState.waiting) {
  return const Center(child: CircularProgressIndicator());
}
if (snapshot.hasError) {
  return Center(
    child: Column(
      mainAxisSize: MainAxisSize.min,
      children: [
        const Text('Sohbetler yüklenemedi'),
        TextButton(onPressed: _refresh, child: const Text('Tekrar dene')),
      ],
    ),
  );
}
""", "snapshot.connectionState | snapshot.hasData, snapshot.hasError, CircularProgressIndicator, _refresh")
t("builder", "async", "veri yoksa veya liste boşsa 'Henüz mesaj yok' yaz",
  r"""
if (!snapshot.hasData) {
  return const Center(child: CircularProgressIndicator());
}
if (snapshot.data!.isEmpty) {
  return const Center(child: Text('Henüz mesaj yok'));
}
""", "snapshot.hasData, snapshot.data, isEmpty")
t("list_args", "lists", "Öğeler arasına avatarın hizasından başlayan ince bir ayırıcı koy",
  r"""
separatorBuilder: (context, index) => const Divider(height: 1, indent: 72),
""", "separatorBuilder, Divider")
t("list_args", "lists", "liste içerik az olsa da hep kaydırılabilsin (yenileme çalışsın), araya ayırıcı koy",
  r"""
physics: const AlwaysScrollableScrollPhysics(),
separatorBuilder: (_, __) => const Divider(height: 1),
""", "AlwaysScrollableScrollPhysics, separatorBuilder")
t("dismiss_args", "lists", "Sola kaydırınca sohbeti arşivle, arkada turuncu arşiv ikonu görünsün",
  r"""
direction: DismissDirection.endToStart,
background: Container(
  color: Colors.orange,
  alignment: Alignment.centerRight,
  padding: const EdgeInsets.symmetric(horizontal: 20),
  child: const Icon(Icons.archive, color: Colors.white),
),
onDismissed: (_) => widget.service.archive(conversation.id),
""", "direction, background, onDismissed, widget.service")
t("dismiss_args", "navigation", "Silmeden önce onay dialog'u göster, iptal edilirse geri gelsin",
  r"""
confirmDismiss: (direction) async {
  final confirmed = await showDialog<bool>(
    context: context,
    builder: (context) => AlertDialog(
      title: const Text('Sohbet silinsin mi?'),
      actions: [
        TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('İptal')),
        TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Sil')),
      ],
    ),
  );
  return confirmed ?? false;
},
onDismissed: (_) => widget.service.delete(conversation.id),
""", "confirmDismiss, showDialog, onDismissed")
t("dismiss_args", "state", "kaydirinca sohbeti sil ve snackbar ile bildir",
  r"""
onDismissed: (_) {
  widget.service.delete(conversation.id);
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(content: Text('${conversation.title} silindi')),
  );
},
""", "onDismissed, widget.service, ScaffoldMessenger.of")
t("tile_args", "navigation", "Tıklayınca ChatPage'i sohbet id'siyle aç",
  r"""
onTap: () => Navigator.push(
  context,
  MaterialPageRoute(
    builder: (_) => ChatPage(chatId: conversation.id, service: widget.service),
  ),
),
""", "onTap, ChatPage, Navigator.push | Navigator.of | context.push")
t("tile_args", "widgets_layout", "Okunmamış mesaj varsa sağda sayıyı Badge ile göster, tıklanınca sohbete git",
  r"""
trailing: conversation.unreadCount > 0 ? Badge.count(count: conversation.unreadCount) : null,
onTap: () => Navigator.push(
  context,
  MaterialPageRoute(builder: (_) => ChatPage(chatId: conversation.id, service: widget.service)),
),
""", "trailing, Badge.count | Badge, onTap")
t("tile_args", "widgets_layout", "Uzun basınca altta sabitle/sessize al seçenekli bir bottom sheet açılsın",
  r"""
onLongPress: () => showModalBottomSheet<void>(
  context: context,
  builder: (context) => Column(
    mainAxisSize: MainAxisSize.min,
    children: [
      ListTile(leading: const Icon(Icons.push_pin), title: const Text('Sabitle'), onTap: () => Navigator.pop(context)),
      ListTile(leading: const Icon(Icons.notifications_off), title: const Text('Sessize al'), onTap: () => Navigator.pop(context)),
    ],
  ),
),
""", "onLongPress, showModalBottomSheet")
t("fab_args", "navigation", "Butona basınca yeni sohbet sayfasını named route ile aç",
  r"""
onPressed: () => Navigator.pushNamed(context, '/new-chat'),
tooltip: 'Yeni sohbet',
""", "onPressed, Navigator.pushNamed | Navigator.push | context.push | context.go")
t("fab_args", "async", "Yeni sohbet oluştur, sonra listeyi yenile",
  r"""
onPressed: () async {
  await widget.service.createConversation();
  await _refresh();
},
""", "onPressed, widget.service, _refresh")
# ---------------------------------------------------------------- chat: message bubble widget
host(
    "message_bubble",
    r"""
import 'package:cached_network_image/cached_network_image.dart';
import 'package:flutter/material.dart';
import 'package:intl/intl.dart';

import '../models/message.dart';

class MessageBubble extends StatelessWidget {
  const MessageBubble({super.key, required this.message, this.onRetry});

  final Message message;
  final VoidCallback? onRetry;

  @@members

  @override
  Widget build(BuildContext context) {
    final colors = Theme.of(context).colorScheme;
    final isMine = message.isMine;
    return Align(
      alignment: isMine ? Alignment.centerRight : Alignment.centerLeft,
      child: Container(
        margin: const EdgeInsets.symmetric(horizontal: 12, vertical: 4),
        padding: const EdgeInsets.symmetric(horizontal: 14, vertical: 10),
        child: Column(
          crossAxisAlignment: isMine ? CrossAxisAlignment.end : CrossAxisAlignment.start,
          children: [
            @@content
            Row(
              mainAxisSize: MainAxisSize.min,
              children: [
                @@meta
              ],
            ),
          ],
        ),
      ),
    );
  }
}
""",
    members="class_body", content="element", meta="element",
)
t("members", "localization", "Mesaj saatini cihaz diline göre HH:mm biçiminde döndüren bir metot yaz",
  r"""
String _formatTime(BuildContext context) {
  final locale = Localizations.localeOf(context).toString();
  return DateFormat.Hm(locale).format(message.sentAt);
}
""", "DateFormat, Localizations.localeOf, message.sentAt")
t("members", "theming", "Balon rengini benim mesajımsa primaryContainer, değilse surfaceContainerHighest veren bir yardımcı ekle",
  r"""
Color _bubbleColor(ColorScheme colors) =>
    message.isMine ? colors.primaryContainer : colors.surfaceContainerHighest;
""", "primaryContainer, message.isMine")
t("content", "widgets_layout", "Mesaj metnini göster, uzun kelimeler taşmasın",
  r"""
Text(
  message.text,
  softWrap: true,
  style: TextStyle(color: isMine ? colors.onPrimaryContainer : colors.onSurface),
),
const SizedBox(height: 4),
""", "Text, message.text")
t("content", "images_assets", "Mesajda resim varsa yuvarlak köşeli olarak göster, tıklayınca tam ekran açılsın",
  r"""
if (message.imageUrl != null)
  GestureDetector(
    onTap: () => Navigator.push(
      context,
      MaterialPageRoute(
        builder: (_) => Scaffold(body: Center(child: InteractiveViewer(child: Image.network(message.imageUrl!)))),
      ),
    ),
    child: ClipRRect(
      borderRadius: BorderRadius.circular(12),
      child: Image.network(message.imageUrl!, width: 220, fit: BoxFit.cover),
    ),
  ),
""", "if, message.imageUrl, Image.network, ClipRRect")
t("content", "images_assets", "resim mesajlarını önbellekli yükle, yüklenirken gri kutu göster",
  r"""
if (message.imageUrl != null)
  CachedNetworkImage(
    imageUrl: message.imageUrl!,
    width: 220,
    placeholder: (context, url) => Container(width: 220, height: 160, color: Colors.grey.shade300),
    errorWidget: (context, url, error) => const Icon(Icons.broken_image),
  ),
""", "CachedNetworkImage, imageUrl, placeholder")
t("content", "widgets_layout", "Grup sohbetinde karşı tarafın mesajlarının üstünde gönderen adını kalın yaz",
  r"""
if (!isMine)
  Text(
    message.senderName,
    style: Theme.of(context).textTheme.labelMedium?.copyWith(fontWeight: FontWeight.bold),
  ),
const SizedBox(height: 2),
""", "if, isMine, message.senderName, FontWeight.bold")
t("meta", "localization", "Gönderilme saatini küçük yazıyla göster",
  r"""
Text(
  DateFormat.Hm().format(message.sentAt),
  style: Theme.of(context).textTheme.labelSmall,
),
const SizedBox(width: 4),
""", "DateFormat, message.sentAt")
t("meta", "widgets_layout", "Benim mesajımsa okundu bilgisi için tik ikonu koy, okunduysa mavi çift tik",
  r"""
if (isMine)
  Icon(
    message.isRead ? Icons.done_all : Icons.done,
    size: 16,
    color: message.isRead ? Colors.blue : colors.outline,
  ),
const SizedBox(width: 4),
""", "if, isMine, Icon, message.isRead")
t("meta", "state", "gönderilemeyen mesajda yeniden dene butonu göster",
  r"""
if (message.failed && onRetry != null)
  IconButton(
    icon: const Icon(Icons.refresh, size: 18),
    tooltip: 'Tekrar dene',
    onPressed: onRetry,
  ),
const SizedBox(width: 4),
""", "if, onRetry, IconButton")
# ---------------------------------------------------------------- chat: typing indicator animation
host(
    "typing_indicator",
    r"""
import 'package:flutter/material.dart';

class TypingIndicator extends StatefulWidget {
  const TypingIndicator({super.key, this.color = Colors.grey, this.visible = true});

  final Color color;
  final bool visible;

  @override
  State<TypingIndicator> createState() => _TypingIndicatorState();
}

class _TypingIndicatorState extends State<TypingIndicator> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;

  @@members

  @override
  void initState() {
    super.initState();
    @@init
  }

  @override
  void didUpdateWidget(TypingIndicator oldWidget) {
    super.didUpdateWidget(oldWidget);
    @@did_update
  }

  @override
  void dispose() {
    @@dispose:: _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedOpacity(
      opacity: widget.visible ? 1 : 0,
      @@opacity_args
      child: Row(
        mainAxisSize: MainAxisSize.min,
        children: [
          @@dot:: for (var i = 0; i < 3; i++) Icon(Icons.circle, size: 8, color: widget.color),
        ],
      ),
    );
  }
}
""",
    members="class_body", init="statements", did_update="statements", dispose="statements",
    opacity_args="argument", dot="element",
)
t("init", "animations", "600 ms süren ve sürekli tekrar eden bir AnimationController oluştur",
  r"""
_controller = AnimationController(
  vsync: this,
  duration: const Duration(milliseconds: 600),
)..repeat(reverse: true);
""", "_controller = AnimationController, vsync: this, repeat", chk=["call AnimationController(vsync, duration)"])
t("init", "animations", "animasyon controller'ını başlat, görünürse döngüye girsin",
  r"""
_controller = AnimationController(vsync: this, duration: const Duration(milliseconds: 900));
if (widget.visible) _controller.repeat();
""", "AnimationController, vsync, _controller.repeat")
t("did_update", "animations", "visible değişince animasyonu başlat ya da durdur",
  r"""
if (widget.visible && !_controller.isAnimating) {
  _controller.repeat();
} else if (!widget.visible && _controller.isAnimating) {
  _controller.stop();
}
""", "widget.visible, _controller.repeat, _controller.stop")
t("dispose", "animations", "AnimationController'ı serbest bırak",
  r"""
_controller.dispose();
""", "_controller.dispose")
t("members", "animations", "i. nokta için gecikmeli başlayan bir opaklık animasyonu döndüren metot yaz (Interval ile)",
  r"""
Animation<double> _dotAnimation(int i) {
  final start = i * 0.2;
  return Tween<double>(begin: 0.3, end: 1).animate(
    CurvedAnimation(
      parent: _controller,
      curve: Interval(start, start + 0.6, curve: Curves.easeInOut),
    ),
  );
}
""", "Tween, CurvedAnimation, Interval, _controller")
t("opacity_args", "animations", "Görünürlük geçişi 300 ms sürsün, kaybolunca animasyon dursun",
  r"""
duration: const Duration(milliseconds: 300),
onEnd: () {
  if (!widget.visible) _controller.stop();
},
""", "duration, onEnd, _controller.stop")
t("opacity_args", "animations", "fade süresi 250ms olsun ve bitince gizliyse controller sıfırlansın",
  r"""
duration: const Duration(milliseconds: 250),
curve: Curves.easeOut,
onEnd: () => widget.visible ? null : _controller.reset(),
""", "duration, onEnd, _controller.reset")
t("dot", "animations", "Her nokta sırayla yukarı aşağı zıplasın",
  r"""
for (var i = 0; i < 3; i++)
  AnimatedBuilder(
    animation: _controller,
    builder: (context, child) {
      final t = (_controller.value + i * 0.2) % 1.0;
      return Transform.translate(offset: Offset(0, -4 * (1 - (2 * t - 1).abs())), child: child);
    },
    child: Padding(
      padding: const EdgeInsets.symmetric(horizontal: 2),
      child: Icon(Icons.circle, size: 8, color: widget.color),
    ),
  ),
""", "AnimatedBuilder, _controller, Transform.translate")
t("dot", "animations", "noktalar sırayla solup belirsin (FadeTransition)",
  r"""
for (var i = 0; i < 3; i++)
  FadeTransition(
    opacity: Tween<double>(begin: 0.2, end: 1).animate(
      CurvedAnimation(parent: _controller, curve: Interval(i * 0.2, 0.6 + i * 0.2)),
    ),
    child: Icon(Icons.circle, size: 8, color: widget.color),
  ),
""", "FadeTransition, _controller, Interval")
# ---------------------------------------------------------------- chat: service with websocket + http
host(
    "chat_service",
    r"""
import 'dart:async';
import 'dart:convert';

import 'package:http/http.dart' as http;
import 'package:web_socket_channel/web_socket_channel.dart';

import '../models/message.dart';

@@top

class ChatService {
  ChatService({required this.baseUrl, required this.token, http.Client? client})
      : _client = client ?? http.Client();

  final String baseUrl;
  final String token;
  final http.Client _client;
  final _incoming = StreamController<Message>.broadcast();
  WebSocketChannel? _channel;

  Stream<Message> get incoming => _incoming.stream;

  @@members

  Future<List<Message>> history(String chatId, {DateTime? before}) async {
    @@history:: final response = await _client.get(Uri.parse('$baseUrl/chats/$chatId/messages')); return (jsonDecode(response.body) as List).map((e) => Message.fromJson(e as Map<String, dynamic>)).toList();
  }

  void connect() {
    _channel = WebSocketChannel.connect(Uri.parse('wss://chat.example.com/ws?token=$token'));
    _channel!.stream.listen(
      (raw) {
        @@on_data:: _incoming.add(Message.fromJson(jsonDecode(raw as String) as Map<String, dynamic>));
      },
      onDone: () {
        @@on_done
      },
    );
  }

  Future<void> dispose() async {
    @@dispose
  }
}
""",
    top="top_level", members="class_body", history="statements", on_data="callback", on_done="callback",
    dispose="statements",
)
t("top", "dart_language", "Sohbet bağlantı durumları için bir enum tanımla",
  r"""
enum ConnectionStatus { connecting, connected, disconnected }
""", "enum")
t("top", "dart_language", "Mesaj tiplerini modellemek için sealed class hiyerarşisi yaz: metin ve resim mesajı",
  r"""
sealed class ChatEvent {
  const ChatEvent();
}

final class TextEvent extends ChatEvent {
  const TextEvent(this.text);
  final String text;
}

final class ImageEvent extends ChatEvent {
  const ImageEvent(this.url);
  final String url;
}
""", "sealed class, extends")
t("members", "http_json", "Mesaj göndermek için POST atan bir metot yaz, Authorization header'ı olsun",
  r"""
Future<void> send(String chatId, String text) async {
  final response = await _client.post(
    Uri.parse('$baseUrl/chats/$chatId/messages'),
    headers: {
      'Authorization': 'Bearer $token',
      'Content-Type': 'application/json',
    },
    body: jsonEncode({'text': text}),
  );
  if (response.statusCode != 201) {
    throw Exception('Mesaj gönderilemedi (${response.statusCode})');
  }
}
""", "_client.post, jsonEncode, statusCode")
t("members", "async", "Belirli bir sohbetin mesajlarını filtreleyen bir stream döndür",
  r"""
Stream<Message> messages(String chatId) =>
    _incoming.stream.where((message) => message.chatId == chatId);
""", "Stream<Message>, _incoming.stream, where")
t("members", "async", "Karşı taraf yazıyor bilgisini websocket'e gönderen metot",
  r"""
void sendTyping(String chatId) {
  _channel?.sink.add(jsonEncode({'type': 'typing', 'chatId': chatId}));
}
""", "_channel, sink.add, jsonEncode")
t("history", "http_json", "Sohbet geçmişini GET ile çek, before varsa query'ye ekle, JSON'dan Message listesine çevir",
  r"""
final uri = Uri.parse('$baseUrl/chats/$chatId/messages').replace(
  queryParameters: {if (before != null) 'before': before.toIso8601String()},
);
final response = await _client.get(uri, headers: {'Authorization': 'Bearer $token'});
if (response.statusCode != 200) {
  throw Exception('Geçmiş alınamadı (${response.statusCode})');
}
final list = jsonDecode(response.body) as List<dynamic>;
return list.map((e) => Message.fromJson(e as Map<String, dynamic>)).toList();
""", "_client.get, jsonDecode, Message.fromJson, before")
t("history", "http_json", "yanıttaki 'data' alanındaki mesajları parse et",
  r"""
final response = await _client.get(
  Uri.parse('$baseUrl/chats/$chatId/messages'),
  headers: {'Authorization': 'Bearer $token'},
);
final body = jsonDecode(response.body) as Map<String, dynamic>;
final data = body['data'] as List<dynamic>;
return [for (final item in data) Message.fromJson(item as Map<String, dynamic>)];
""", "jsonDecode, Message.fromJson, _client.get")
t("on_data", "http_json", "Gelen JSON'u çöz; tipi 'message' ise Message'a çevirip stream'e ekle",
  r"""
final json = jsonDecode(raw as String) as Map<String, dynamic>;
if (json['type'] == 'message') {
  _incoming.add(Message.fromJson(json['payload'] as Map<String, dynamic>));
}
""", "jsonDecode, _incoming.add, Message.fromJson")
t("on_data", "async", "bozuk veri gelirse hatayı stream'e ilet, uygulama çökmesin",
  r"""
try {
  final json = jsonDecode(raw as String) as Map<String, dynamic>;
  _incoming.add(Message.fromJson(json));
} on FormatException catch (e, stack) {
  _incoming.addError(e, stack);
}
""", "try, FormatException | catch, _incoming.addError")
t("on_done", "async", "Bağlantı kopunca 3 saniye sonra yeniden bağlan",
  r"""
_channel = null;
Future.delayed(const Duration(seconds: 3), connect);
""", "Future.delayed | Timer, connect")
t("dispose", "async", "Websocket'i kapat, stream controller'ı ve http client'ı kapat",
  r"""
await _channel?.sink.close();
await _incoming.close();
_client.close();
""", "_channel, sink.close, _incoming.close, _client.close")
# ---------------------------------------------------------------- testing: chat service tests with a mock client
host(
    "chat_service_test",
    r"""
import 'dart:convert';

import 'package:chat/services/chat_service.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:http/http.dart' as http;
import 'package:http/testing.dart';

void main() {
  group('ChatService.history', () {
    test('parses messages', () async {
      final client = MockClient((request) async {
        @@mock:: return http.Response(jsonEncode([]), 200);
      });
      final service = ChatService(baseUrl: 'https://chat.test', token: 't', client: client);
      @@parse_test
    });

    test('throws on server error', () async {
      @@error_test
    });
  });
}
""",
    mock="callback", parse_test="callback", error_test="callback",
)
t("mock", "testing", "İstek yolunun doğru olduğunu kontrol et ve iki mesajlık sahte bir JSON cevap dön",
  r"""
expect(request.url.path, '/chats/c1/messages');
return http.Response(
  jsonEncode([
    {'id': 'm1', 'chatId': 'c1', 'text': 'Merhaba', 'sentAt': '2024-01-01T10:00:00Z'},
    {'id': 'm2', 'chatId': 'c1', 'text': 'Selam', 'sentAt': '2024-01-01T10:01:00Z'},
  ]),
  200,
  headers: {'content-type': 'application/json'},
);
""", "request.url, http.Response, jsonEncode")
t("mock", "testing", "Authorization header'ının gönderildiğini doğrula, boş liste döndür",
  r"""
expect(request.headers['Authorization'], 'Bearer t');
return http.Response('[]', 200);
""", "request.headers, expect, http.Response")
t("parse_test", "testing", "history çağrısının iki mesaj döndürdüğünü ve ilk metnin 'Merhaba' olduğunu doğrula",
  r"""
final messages = await service.history('c1');
expect(messages, hasLength(2));
expect(messages.first.text, 'Merhaba');
""", "service.history, expect, hasLength")
t("parse_test", "testing", "boş cevapta listenin boş geldiğini test et",
  r"""
final messages = await service.history('c1');
expect(messages, isEmpty);
""", "service.history, isEmpty")
t("error_test", "testing", "Sunucu 500 dönerse history'nin exception fırlattığını doğrula",
  r"""
final client = MockClient((_) async => http.Response('error', 500));
final service = ChatService(baseUrl: 'https://chat.test', token: 't', client: client);
expect(service.history('c1'), throwsA(isA<Exception>()));
""", "MockClient, http.Response, throwsA | throwsException, expect")
t("error_test", "testing", "401 yetkisiz cevabında hata fırlatıldığını expectLater ile test et",
  r"""
final service = ChatService(
  baseUrl: 'https://chat.test',
  token: 'bad',
  client: MockClient((_) async => http.Response('unauthorized', 401)),
);
await expectLater(service.history('c1'), throwsException);
""", "MockClient, expectLater, throwsException | throwsA")
# ---------------------------------------------------------------- chat/todo: model file (top-level declarations)
host(
    "message_model",
    r"""
import 'package:flutter/foundation.dart';

enum MessageStatus { sending, sent, read, failed }

@immutable
class Message {
  const Message({
    required this.id,
    required this.chatId,
    required this.text,
    required this.sentAt,
    this.status = MessageStatus.sending,
  });

  final String id;
  final String chatId;
  final String text;
  final DateTime sentAt;
  final MessageStatus status;

  @@members
}

@@top
""",
    members="class_body", top="top_level",
)
t("top", "dart_language", "Message listesi için sohbete göre gruplayan bir extension yaz",
  r"""
extension MessageGrouping on Iterable<Message> {
  Map<String, List<Message>> byChat() {
    final result = <String, List<Message>>{};
    for (final message in this) {
      result.putIfAbsent(message.chatId, () => []).add(message);
    }
    return result;
  }
}
""", "extension, on Iterable<Message> | on List<Message>, chatId")
t("top", "dart_language", "Sohbet listesi satırı için Conversation modeli yaz: id, başlık, son mesaj ve okunmamış sayısı",
  r"""
@immutable
class Conversation {
  const Conversation({
    required this.id,
    required this.title,
    this.lastMessage,
    this.unreadCount = 0,
  });

  final String id;
  final String title;
  final Message? lastMessage;
  final int unreadCount;
}
""", "class Conversation, final, Message?")
t("top", "state", "Mesaj gönderim sonucunu temsil eden sealed bir Result tipi tanımla",
  r"""
sealed class SendResult {
  const SendResult();
}

class SendSuccess extends SendResult {
  const SendSuccess(this.message);
  final Message message;
}

class SendFailure extends SendResult {
  const SendFailure(this.error);
  final Object error;
}
""", "sealed class, extends SendResult")
t("top", "dart_language", "İki mesajı gönderilme zamanına göre karşılaştıran top-level bir fonksiyon yaz",
  r"""
int compareBySentAt(Message a, Message b) => a.sentAt.compareTo(b.sentAt);
""", "sentAt.compareTo")
t("top", "http_json", "Sunucudan gelen status string'ini MessageStatus'a çeviren bir fonksiyon",
  r"""
MessageStatus parseStatus(String? value) => MessageStatus.values.firstWhere(
      (status) => status.name == value,
      orElse: () => MessageStatus.sent,
    );
""", "MessageStatus.values, firstWhere | byName")
t("members", "http_json", "JSON'dan Message oluşturan factory constructor ekle, tarih ISO formatında gelsin",
  r"""
factory Message.fromJson(Map<String, dynamic> json) => Message(
      id: json['id'] as String,
      chatId: json['chatId'] as String,
      text: json['text'] as String,
      sentAt: DateTime.parse(json['sentAt'] as String),
      status: MessageStatus.values.byName(json['status'] as String? ?? 'sent'),
    );
""", "factory, Message.fromJson, DateTime.parse")
t("members", "http_json", "Message'ı sunucuya göndermek için toJson yaz",
  r"""
Map<String, dynamic> toJson() => {
      'id': id,
      'chatId': chatId,
      'text': text,
      'sentAt': sentAt.toIso8601String(),
      'status': status.name,
    };
""", "toJson, toIso8601String")
t("members", "dart_language", "sadece durumu değiştiren bir copyWith yaz",
  r"""
Message copyWith({MessageStatus? status}) => Message(
      id: id,
      chatId: chatId,
      text: text,
      sentAt: sentAt,
      status: status ?? this.status,
    );
""", "copyWith, status ?? this.status")
t("members", "dart_language", "Debug çıktısı için toString'i override et",
  r"""
@override
String toString() => 'Message(id: $id, chatId: $chatId, status: ${status.name})';
""", "@override, toString")
# ---------------------------------------------------------------- todo: list page
host(
    "todo_list_page",
    r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../models/todo.dart';

@@top

class TodoListPage extends StatefulWidget {
  const TodoListPage({super.key});

  @override
  State<TodoListPage> createState() => _TodoListPageState();
}

class _TodoListPageState extends State<TodoListPage> {
  final List<Todo> _todos = [];
  final TextEditingController _titleController = TextEditingController();
  bool _hideCompleted = false;

  @@members

  void _addTodo() {
    final title = _titleController.text.trim();
    @@add
  }

  void _toggle(Todo todo) {
    @@toggle:: setState(() => todo.done = !todo.done);
  }

  @override
  Widget build(BuildContext context) {
    final visible = _hideCompleted ? _todos.where((t) => !t.done).toList() : _todos;
    return Scaffold(
      appBar: AppBar(
        title: const Text('Yapılacaklar'),
        actions: [
          @@actions
        ],
      ),
      body: ListView.builder(
        itemCount: visible.length,
        itemBuilder: (context, index) {
          final todo = visible[index];
          return CheckboxListTile(
            value: todo.done,
            title: Text(todo.title),
            @@tile_args
            onChanged: (_) => _toggle(todo),
          );
        },
      ),
      floatingActionButton: FloatingActionButton(
        onPressed: () {
          @@fab
        },
        child: const Icon(Icons.add),
      ),
    );
  }
}
""",
    top="top_level", members="class_body", add="statements", toggle="statements", actions="element",
    tile_args="argument", fab="callback",
)
t("top", "state", "Filtre seçenekleri için enum yaz: tümü, aktif, tamamlanan",
  r"""
enum TodoFilter { all, active, completed }
""", "enum")
t("top", "dart_language", "Görev listesi için tamamlanan görev sayısını veren bir extension yaz",
  r"""
extension TodoListStats on List<Todo> {
  int get completedCount => where((todo) => todo.done).length;
}
""", "extension, on List<Todo>")
t("top", "storage", "Görevleri SharedPreferences'a JSON olarak kaydeden top-level bir fonksiyon yaz",
  r"""
Future<void> saveTodos(List<Todo> todos) async {
  final prefs = await SharedPreferences.getInstance();
  await prefs.setStringList('todos', todos.map((t) => jsonEncode(t.toJson())).toList());
}
""", "SharedPreferences.getInstance, setStringList | setString, jsonEncode")
t("members", "storage", "Kayıtlı görevleri SharedPreferences'tan yükleyen bir metot ekle",
  r"""
Future<void> _loadTodos() async {
  final prefs = await SharedPreferences.getInstance();
  final saved = prefs.getStringList('todos') ?? [];
  setState(() {
    _todos
      ..clear()
      ..addAll(saved.map((s) => Todo.fromJson(jsonDecode(s) as Map<String, dynamic>)));
  });
}
""", "SharedPreferences.getInstance, getStringList | getString, setState, _todos")
t("members", "state", "Tamamlanan görevlerin hepsini silen metot",
  r"""
void _clearCompleted() {
  setState(() => _todos.removeWhere((todo) => todo.done));
}
""", "setState, _todos.removeWhere")
t("members", "lists", "Görevi listeden silip geri alma imkanı veren bir metot yaz",
  r"""
void _delete(Todo todo) {
  final index = _todos.indexOf(todo);
  setState(() => _todos.removeAt(index));
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(
      content: Text('"${todo.title}" silindi'),
      action: SnackBarAction(
        label: 'Geri al',
        onPressed: () => setState(() => _todos.insert(index, todo)),
      ),
    ),
  );
}
""", "_todos.removeAt | _todos.remove, _todos.insert, SnackBarAction")
t("members", "state", "dispose'u override edip controller'ı kapat",
  r"""
@override
void dispose() {
  _titleController.dispose();
  super.dispose();
}
""", "@override, dispose, _titleController.dispose, super.dispose")
t("add", "state", "Başlık boş değilse yeni görevi listeye ekle ve input'u temizle",
  r"""
if (title.isEmpty) return;
setState(() => _todos.add(Todo(title: title)));
_titleController.clear();
""", "title.isEmpty, setState, _todos.add, _titleController.clear")
t("add", "forms", "aynı başlıkta görev varsa ekleme, snackbar ile uyar",
  r"""
if (title.isEmpty) return;
if (_todos.any((t) => t.title.toLowerCase() == title.toLowerCase())) {
  ScaffoldMessenger.of(context).showSnackBar(
    const SnackBar(content: Text('Bu görev zaten var')),
  );
  return;
}
setState(() => _todos.add(Todo(title: title)));
_titleController.clear();
""", "_todos.any, ScaffoldMessenger.of, _todos.add")
t("add", "lists", "Yeni görevi listenin en başına ekle",
  r"""
if (title.isEmpty) return;
setState(() => _todos.insert(0, Todo(title: title)));
_titleController.clear();
""", "_todos.insert, setState")
t("toggle", "state", "Görevin tamamlanma durumunu tersine çevir ve en alta taşı",
  r"""
setState(() {
  todo.done = !todo.done;
  _todos
    ..remove(todo)
    ..add(todo);
});
""", "setState, todo.done, _todos")
t("toggle", "storage", "Durumu değiştir ve SharedPreferences'taki listeyi güncelle",
  r"""
setState(() => todo.done = !todo.done);
SharedPreferences.getInstance().then((prefs) {
  prefs.setStringList('todos', _todos.map((t) => jsonEncode(t.toJson())).toList());
});
""", "setState, SharedPreferences.getInstance, setStringList")
t("actions", "state", "Tamamlananları gizle/göster butonu ekle",
  r"""
IconButton(
  tooltip: _hideCompleted ? 'Tamamlananları göster' : 'Tamamlananları gizle',
  icon: Icon(_hideCompleted ? Icons.visibility : Icons.visibility_off),
  onPressed: () => setState(() => _hideCompleted = !_hideCompleted),
),
""", "IconButton, setState, _hideCompleted")
t("actions", "widgets_layout", "Tamamlanan/toplam sayısını gösteren küçük bir rozet koy",
  r"""
Center(
  child: Padding(
    padding: const EdgeInsets.only(right: 16),
    child: Text('${_todos.where((t) => t.done).length}/${_todos.length}'),
  ),
),
""", "Text, _todos.length")
t("actions", "navigation", "Ayarlar sayfasına gitmek için bir ikon buton",
  r"""
IconButton(
  icon: const Icon(Icons.settings),
  onPressed: () => Navigator.pushNamed(context, '/settings'),
),
""", "IconButton, Navigator.pushNamed | Navigator.push | Navigator.of | context.push | context.go")
t("tile_args", "lists", "Sağ tarafa görevi silen bir çöp kutusu ikonu koy",
  r"""
secondary: IconButton(
  icon: const Icon(Icons.delete_outline),
  onPressed: () => setState(() => _todos.remove(todo)),
),
""", "secondary, IconButton, _todos.remove")
t("fab", "forms", "Yeni görev başlığı soran bir dialog aç, Ekle'ye basılınca _addTodo çağrılsın",
  r"""
showDialog<void>(
  context: context,
  builder: (context) => AlertDialog(
    title: const Text('Yeni görev'),
    content: TextField(
      controller: _titleController,
      autofocus: true,
      decoration: const InputDecoration(hintText: 'Görev başlığı'),
      onSubmitted: (_) {
        _addTodo();
        Navigator.pop(context);
      },
    ),
    actions: [
      TextButton(
        onPressed: () {
          _addTodo();
          Navigator.pop(context);
        },
        child: const Text('Ekle'),
      ),
    ],
  ),
);
""", "showDialog, AlertDialog, TextField, _titleController, _addTodo")
t("fab", "widgets_layout", "Alttan açılan bir sheet içinde görev ekleme alanı göster, klavyenin üstünde dursun",
  r"""
showModalBottomSheet<void>(
  context: context,
  isScrollControlled: true,
  builder: (context) => Padding(
    padding: EdgeInsets.only(
      bottom: MediaQuery.of(context).viewInsets.bottom,
      left: 16,
      right: 16,
      top: 16,
    ),
    child: TextField(
      controller: _titleController,
      autofocus: true,
      decoration: const InputDecoration(labelText: 'Yeni görev'),
      onSubmitted: (_) {
        _addTodo();
        Navigator.pop(context);
      },
    ),
  ),
);
""", "showModalBottomSheet, isScrollControlled, viewInsets, _addTodo")
# ---------------------------------------------------------------- notes: editor page with autosave
host(
    "note_editor_page",
    r"""
import 'dart:async';

import 'package:flutter/material.dart';
import 'package:share_plus/share_plus.dart';

import '../data/notes_repository.dart';
import '../models/note.dart';

class NoteEditorPage extends StatefulWidget {
  const NoteEditorPage({super.key, this.note, required this.repository});

  final Note? note;
  final NotesRepository repository;

  @override
  State<NoteEditorPage> createState() => _NoteEditorPageState();
}

class _NoteEditorPageState extends State<NoteEditorPage> {
  late final TextEditingController _titleController;
  late final TextEditingController _bodyController;
  Timer? _autosaveTimer;
  bool _dirty = false;

  @override
  void initState() {
    super.initState();
    @@init:: _titleController = TextEditingController(text: widget.note?.title); _bodyController = TextEditingController(text: widget.note?.body);
  }

  @override
  void dispose() {
    @@dispose
    super.dispose();
  }

  Future<void> _save() async {
    @@save
  }

  void _onChanged(String _) {
    @@changed
  }

  @override
  Widget build(BuildContext context) {
    return PopScope(
      canPop: !_dirty,
      onPopInvokedWithResult: (didPop, result) async {
        @@pop
      },
      child: Scaffold(
        appBar: AppBar(
          title: Text(widget.note == null ? 'Yeni not' : 'Notu düzenle'),
          actions: [
            @@actions
          ],
        ),
        body: Padding(
          padding: const EdgeInsets.all(16),
          child: Column(
            children: [
              TextField(
                controller: _titleController,
                onChanged: _onChanged,
                @@title_args
              ),
              Expanded(
                child: TextField(
                  controller: _bodyController,
                  onChanged: _onChanged,
                  maxLines: null,
                  expands: true,
                  decoration: const InputDecoration(hintText: 'Notunuz...', border: InputBorder.none),
                ),
              ),
            ],
          ),
        ),
      ),
    );
  }
}
""",
    init="statements", dispose="statements", save="statements", changed="statements", pop="callback",
    actions="element", title_args="argument",
)
t("init", "forms", "Controller'ları mevcut notun başlığı ve içeriğiyle başlat",
  r"""
_titleController = TextEditingController(text: widget.note?.title ?? '');
_bodyController = TextEditingController(text: widget.note?.body ?? '');
""", "_titleController = TextEditingController, _bodyController = TextEditingController, widget.note")
t("dispose", "async", "Otomatik kaydetme zamanlayıcısını iptal et ve controller'ları dispose et",
  r"""
_autosaveTimer?.cancel();
_titleController.dispose();
_bodyController.dispose();
""", "_autosaveTimer?.cancel | _autosaveTimer!.cancel, _titleController.dispose, _bodyController.dispose")
t("save", "storage", "Başlık ve içerik boşsa kaydetme; değilse notu repository ile kaydet ve _dirty'yi sıfırla",
  r"""
final title = _titleController.text.trim();
final body = _bodyController.text.trim();
if (title.isEmpty && body.isEmpty) return;
await widget.repository.save(
  Note(id: widget.note?.id, title: title, body: body, updatedAt: DateTime.now()),
);
if (!mounted) return;
setState(() => _dirty = false);
""", "_titleController.text, _bodyController.text, widget.repository, _dirty")
t("save", "async", "kaydetme hatasını yakala ve kullanıcıya snackbar ile göster",
  r"""
try {
  await widget.repository.save(
    Note(id: widget.note?.id, title: _titleController.text, body: _bodyController.text),
  );
  if (mounted) setState(() => _dirty = false);
} catch (e) {
  if (!mounted) return;
  ScaffoldMessenger.of(context).showSnackBar(
    SnackBar(content: Text('Not kaydedilemedi: $e')),
  );
}
""", "try, catch, widget.repository, ScaffoldMessenger.of")
t("changed", "async", "Her değişiklikte 2 saniye sonra otomatik kaydet (debounce)",
  r"""
_dirty = true;
_autosaveTimer?.cancel();
_autosaveTimer = Timer(const Duration(seconds: 2), _save);
""", "_autosaveTimer, Timer, _save, Duration")
t("changed", "state", "Not değiştiyse _dirty'yi true yap, ekranı bir kez güncelle",
  r"""
if (_dirty) return;
setState(() => _dirty = true);
""", "setState, _dirty")
t("pop", "navigation", "Kaydedilmemiş değişiklik varsa çıkmadan önce onay sor, onaylanırsa sayfayı kapat",
  r"""
if (didPop) return;
final leave = await showDialog<bool>(
  context: context,
  builder: (context) => AlertDialog(
    title: const Text('Kaydedilmemiş değişiklikler'),
    content: const Text('Çıkmak istediğinize emin misiniz?'),
    actions: [
      TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Kal')),
      TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Çık')),
    ],
  ),
);
if (leave == true && context.mounted) Navigator.pop(context);
""", "didPop, showDialog, Navigator.pop")
t("pop", "storage", "Geri basılınca önce kaydet, sonra sayfadan çık",
  r"""
if (didPop) return;
await _save();
if (context.mounted) Navigator.of(context).pop();
""", "didPop, _save, Navigator.of | Navigator.pop | context.pop")
t("actions", "storage", "Değişiklik varken aktif olan bir kaydet butonu koy",
  r"""
IconButton(
  icon: const Icon(Icons.save),
  onPressed: _dirty ? () => _save() : null,
),
""", "IconButton, _save, _dirty")
t("actions", "navigation", "Notu silen bir buton ekle; silince önceki sayfaya dön",
  r"""
if (widget.note != null)
  IconButton(
    icon: const Icon(Icons.delete_outline),
    onPressed: () async {
      await widget.repository.delete(widget.note!.id);
      if (context.mounted) Navigator.pop(context);
    },
  ),
""", "IconButton, widget.repository, Navigator.pop | context.pop")
t("actions", "platform", "notu paylaşma butonu",
  r"""
IconButton(
  icon: const Icon(Icons.share),
  onPressed: () => Share.share('${_titleController.text}\n\n${_bodyController.text}'),
),
""", "IconButton, Share.share | SharePlus.instance.share, _bodyController.text")
t("title_args", "forms", "Başlık alanında klavye cümle başı büyük harfle açılsın, enter'da gövdeye geçsin",
  r"""
textCapitalization: TextCapitalization.sentences,
textInputAction: TextInputAction.next,
onSubmitted: (_) => FocusScope.of(context).nextFocus(),
""", "TextCapitalization.sentences, TextInputAction.next")
t("title_args", "theming", "Başlık metni temanın titleLarge stiliyle yazılsın, kenarlık olmasın; dışarı dokununca klavye kapansın",
  r"""
style: Theme.of(context).textTheme.titleLarge,
decoration: const InputDecoration(hintText: 'Başlık', border: InputBorder.none),
onTapOutside: (_) => FocusScope.of(context).unfocus(),
""", "Theme.of, titleLarge, InputBorder.none")
# ---------------------------------------------------------------- notes: sqflite database
host(
    "notes_database",
    r"""
import 'package:path/path.dart';
import 'package:sqflite/sqflite.dart';

import '../models/note.dart';

@@top

class NotesDatabase {
  NotesDatabase._();

  static final NotesDatabase instance = NotesDatabase._();
  static const _table = 'notes';
  Database? _db;

  Future<Database> get database async => _db ??= await _open();

  Future<Database> _open() async {
    final path = join(await getDatabasesPath(), 'notes.db');
    return openDatabase(
      path,
      version: 2,
      @@open_args
    );
  }

  @@members

  Future<int> insert(Note note) async {
    final db = await database;
    @@insert:: return db.insert(_table, note.toMap());
  }

  Future<List<Note>> search(String text) async {
    final db = await database;
    @@search:: return (await db.query(_table)).map(Note.fromMap).toList();
  }
}
""",
    top="top_level", open_args="argument", members="class_body", insert="statements", search="statements",
)
t("open_args", "storage", "Veritabanı ilk oluşturulurken notes tablosunu kur",
  r"""
onCreate: (db, version) async {
  await db.execute('''
    CREATE TABLE $_table (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      pinned INTEGER NOT NULL DEFAULT 0,
      updated_at INTEGER NOT NULL
    )
  ''');
},
""", "onCreate, db.execute")
t("open_args", "storage", "Sürüm 1'den 2'ye geçişte pinned kolonunu ekleyen migration yaz",
  r"""
onUpgrade: (db, oldVersion, newVersion) async {
  if (oldVersion < 2) {
    await db.execute('ALTER TABLE $_table ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0');
  }
},
""", "onUpgrade, oldVersion, db.execute")
t("open_args", "storage", "foreign key desteğini açık olarak yapılandır",
  r"""
onConfigure: (db) async {
  await db.execute('PRAGMA foreign_keys = ON');
},
""", "onConfigure, db.execute")
t("members", "storage", "Bir notu güncelleyen metot yaz",
  r"""
Future<int> update(Note note) async {
  final db = await database;
  return db.update(_table, note.toMap(), where: 'id = ?', whereArgs: [note.id]);
}
""", "db.update, where, whereArgs")
t("members", "storage", "id'ye göre not silen metot ekle",
  r"""
Future<int> delete(int id) async {
  final db = await database;
  return db.delete(_table, where: 'id = ?', whereArgs: [id]);
}
""", "db.delete, whereArgs")
t("members", "storage", "Tüm notları sabitlenenler önce, sonra en yeni olacak şekilde getir",
  r"""
Future<List<Note>> all() async {
  final db = await database;
  final rows = await db.query(_table, orderBy: 'pinned DESC, updated_at DESC');
  return rows.map(Note.fromMap).toList();
}
""", "db.query, orderBy, Note.fromMap")
t("members", "performance", "Birden çok notu tek transaction içinde batch ile ekle",
  r"""
Future<void> insertAll(List<Note> notes) async {
  final db = await database;
  await db.transaction((txn) async {
    final batch = txn.batch();
    for (final note in notes) {
      batch.insert(_table, note.toMap());
    }
    await batch.commit(noResult: true);
  });
}
""", "transaction | batch, batch.commit")
t("members", "storage", "veritabanı bağlantısını kapatan metot",
  r"""
Future<void> close() async {
  await _db?.close();
  _db = null;
}
""", "_db?.close | _db!.close")
t("insert", "storage", "Notu ekle, aynı id varsa üzerine yazsın, yeni id'yi döndür",
  r"""
return db.insert(
  _table,
  note.toMap(),
  conflictAlgorithm: ConflictAlgorithm.replace,
);
""", "db.insert, ConflictAlgorithm.replace, return")
t("insert", "storage", "güncellenme zamanını şimdi yapıp notu kaydet",
  r"""
final map = note.toMap()..['updated_at'] = DateTime.now().millisecondsSinceEpoch;
return db.insert(_table, map);
""", "db.insert, DateTime.now, return")
t("search", "storage", "Başlık ya da içerikte metni geçen notları LIKE ile ara",
  r"""
final rows = await db.query(
  _table,
  where: 'title LIKE ? OR body LIKE ?',
  whereArgs: ['%$text%', '%$text%'],
  orderBy: 'updated_at DESC',
);
return rows.map((row) => Note.fromMap(row)).toList();
""", "db.query, where, whereArgs, Note.fromMap")
t("search", "storage", "arama metni boşsa tüm notları döndür, değilse rawQuery ile ara",
  r"""
if (text.trim().isEmpty) {
  final rows = await db.query(_table);
  return rows.map(Note.fromMap).toList();
}
final rows = await db.rawQuery(
  'SELECT * FROM $_table WHERE title LIKE ? OR body LIKE ?',
  ['%$text%', '%$text%'],
);
return rows.map(Note.fromMap).toList();
""", "db.rawQuery, db.query, Note.fromMap")
t("top", "storage", "Kolon adlarını sabit olarak tutan bir sınıf tanımla",
  r"""
abstract final class NoteColumns {
  static const id = 'id';
  static const title = 'title';
  static const body = 'body';
  static const pinned = 'pinned';
  static const updatedAt = 'updated_at';
}
""", "static const")
# ---------------------------------------------------------------- todo/notes: settings page
host(
    "settings_page",
    r"""
import 'package:flutter/material.dart';
import 'package:package_info_plus/package_info_plus.dart';
import 'package:permission_handler/permission_handler.dart';
import 'package:shared_preferences/shared_preferences.dart';

import '../app_settings.dart';

@@top

class SettingsPage extends StatefulWidget {
  const SettingsPage({super.key, required this.settings});

  final AppSettings settings;

  @override
  State<SettingsPage> createState() => _SettingsPageState();
}

class _SettingsPageState extends State<SettingsPage> {
  bool _notifications = true;
  ThemeMode _themeMode = ThemeMode.system;
  String _languageCode = 'tr';

  @override
  void initState() {
    super.initState();
    @@init
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: const Text('Ayarlar')),
      body: ListView(
        children: [
          SwitchListTile(
            title: const Text('Hatırlatma bildirimleri'),
            value: _notifications,
            @@switch_args
          ),
          ListTile(
            title: const Text('Tema'),
            trailing: DropdownButton<ThemeMode>(
              value: _themeMode,
              items: const [
                DropdownMenuItem(value: ThemeMode.system, child: Text('Sistem')),
                @@theme_items
              ],
              onChanged: (mode) {
                @@theme_changed
              },
            ),
          ),
          @@tiles
        ],
      ),
    );
  }
}
""",
    top="top_level", init="statements", switch_args="argument", theme_items="element", theme_changed="callback",
    tiles="element",
)
t("top", "storage", "Ayar anahtarlarını tek yerde tutan sabitler tanımla",
  r"""
const kNotificationsKey = 'settings.notifications';
const kThemeModeKey = 'settings.themeMode';
const kLanguageKey = 'settings.language';
""", "const")
t("top", "theming", "ThemeMode'u string'e ve string'den ThemeMode'a çeviren bir extension yaz",
  r"""
extension ThemeModeName on ThemeMode {
  static ThemeMode parse(String? value) =>
      ThemeMode.values.firstWhere((m) => m.name == value, orElse: () => ThemeMode.system);

  String get label => switch (this) {
        ThemeMode.system => 'Sistem',
        ThemeMode.light => 'Açık',
        ThemeMode.dark => 'Koyu',
      };
}
""", "extension, on ThemeMode, ThemeMode.values")
t("init", "storage", "Kayıtlı ayarları SharedPreferences'tan oku ve state'e yaz",
  r"""
SharedPreferences.getInstance().then((prefs) {
  if (!mounted) return;
  setState(() {
    _notifications = prefs.getBool('notifications') ?? true;
    _themeMode = ThemeMode.values.byName(prefs.getString('themeMode') ?? 'system');
    _languageCode = prefs.getString('language') ?? 'tr';
  });
});
""", "SharedPreferences.getInstance, getBool, setState")
t("init", "state", "Başlangıç değerlerini widget.settings'ten al",
  r"""
_notifications = widget.settings.notifications;
_themeMode = widget.settings.themeMode;
_languageCode = widget.settings.languageCode;
""", "widget.settings, _notifications, _themeMode")
t("switch_args", "storage", "Değişince state'i güncelle ve SharedPreferences'a kaydet",
  r"""
onChanged: (value) async {
  setState(() => _notifications = value);
  final prefs = await SharedPreferences.getInstance();
  await prefs.setBool('notifications', value);
},
""", "onChanged, setState, SharedPreferences.getInstance, setBool")
t("switch_args", "widgets_layout", "Alt başlık ve zil ikonu ekle, değişince durumu güncelle",
  r"""
subtitle: const Text('Görev saati gelince bildirim gönder'),
secondary: const Icon(Icons.notifications_active_outlined),
onChanged: (value) => setState(() => _notifications = value),
""", "subtitle, secondary, onChanged, setState")
t("switch_args", "platform", "açılınca bildirim izni iste, izin verilmezse kapalı kalsın",
  r"""
onChanged: (value) async {
  if (value) {
    final status = await Permission.notification.request();
    if (!status.isGranted) return;
  }
  setState(() => _notifications = value);
},
""", "onChanged, Permission.notification, request, setState")
t("theme_items", "theming", "Açık ve koyu tema seçeneklerini ekle",
  r"""
DropdownMenuItem(value: ThemeMode.light, child: Text('Açık')),
DropdownMenuItem(value: ThemeMode.dark, child: Text('Koyu')),
""", "DropdownMenuItem, ThemeMode.light, ThemeMode.dark")
t("theme_changed", "theming", "Seçilen temayı uygula ve kaydet",
  r"""
if (mode == null) return;
setState(() => _themeMode = mode);
widget.settings.updateThemeMode(mode);
""", "mode, setState, _themeMode, widget.settings")
t("theme_changed", "storage", "null değilse state'e yaz, SharedPreferences'ta themeMode anahtarına adını kaydet",
  r"""
if (mode == null) return;
setState(() => _themeMode = mode);
SharedPreferences.getInstance().then((prefs) => prefs.setString('themeMode', mode.name));
""", "setState, SharedPreferences.getInstance, setString, mode.name")
t("tiles", "localization", "Türkçe/İngilizce dil seçimi için radio seçenekleri ekle",
  r"""
const ListTile(title: Text('Dil')),
RadioListTile<String>(
  title: const Text('Türkçe'),
  value: 'tr',
  groupValue: _languageCode,
  onChanged: (value) => setState(() => _languageCode = value!),
),
RadioListTile<String>(
  title: const Text('English'),
  value: 'en',
  groupValue: _languageCode,
  onChanged: (value) => setState(() => _languageCode = value!),
),
""", "RadioListTile, _languageCode, setState")
t("tiles", "platform", "Uygulama sürümünü gösteren bir satır ekle",
  r"""
FutureBuilder<PackageInfo>(
  future: PackageInfo.fromPlatform(),
  builder: (context, snapshot) => ListTile(
    leading: const Icon(Icons.info_outline),
    title: const Text('Sürüm'),
    subtitle: Text(snapshot.data?.version ?? '-'),
  ),
),
""", "PackageInfo.fromPlatform, FutureBuilder")
t("tiles", "navigation", "Kullanılan açık kaynak kütüphanelerin listesini gösteren sayfayı açan bir satır ekle",
  r"""
ListTile(
  leading: const Icon(Icons.description_outlined),
  title: const Text('Lisanslar'),
  onTap: () => showLicensePage(context: context, applicationName: 'Notlarım'),
),
""", "ListTile, showLicensePage")
t("tiles", "widgets_layout", "bölümleri ayırmak için bir ayırıcı ve 'Hakkında' başlığı ekle",
  r"""
const Divider(),
Padding(
  padding: const EdgeInsets.fromLTRB(16, 16, 16, 8),
  child: Text('Hakkında', style: Theme.of(context).textTheme.titleSmall),
),
""", "Divider, Text")
t("tiles", "storage", "Tüm verileri silen kırmızı bir satır ekle, onay alındıktan sonra prefs'i temizlesin",
  r"""
ListTile(
  leading: const Icon(Icons.delete_forever, color: Colors.red),
  title: const Text('Tüm verileri sil', style: TextStyle(color: Colors.red)),
  onTap: () async {
    final ok = await showDialog<bool>(
      context: context,
      builder: (context) => AlertDialog(
        title: const Text('Emin misiniz?'),
        actions: [
          TextButton(onPressed: () => Navigator.pop(context, false), child: const Text('Vazgeç')),
          TextButton(onPressed: () => Navigator.pop(context, true), child: const Text('Sil')),
        ],
      ),
    );
    if (ok != true) return;
    final prefs = await SharedPreferences.getInstance();
    await prefs.clear();
  },
),
""", "ListTile, showDialog, SharedPreferences.getInstance, prefs.clear")
# ---------------------------------------------------------------- todo: native reminders via platform channel
host(
    "reminder_service",
    r"""
import 'dart:io';

import 'package:flutter/foundation.dart';
import 'package:flutter/services.dart';

@@top

class ReminderService {
  ReminderService() {
    _channel.setMethodCallHandler((call) async {
      @@handler
    });
  }

  static const _channel = MethodChannel('com.example.todo/reminders');
  static const _events = EventChannel('com.example.todo/reminder_events');
  final ValueNotifier<String?> lastOpenedTodo = ValueNotifier(null);

  @@members

  Future<bool> schedule({required String todoId, required String title, required DateTime at}) async {
    @@schedule:: return await _channel.invokeMethod<bool>('schedule', {'id': todoId, 'title': title, 'at': at.millisecondsSinceEpoch}) ?? false;
  }

  Future<void> cancel(String todoId) async {
    @@cancel
  }
}
""",
    top="top_level", handler="callback", members="class_body", schedule="statements", cancel="statements",
)
t("handler", "platform", "Native taraf 'reminderTapped' çağırırsa gelen todo id'sini lastOpenedTodo'ya yaz",
  r"""
switch (call.method) {
  case 'reminderTapped':
    lastOpenedTodo.value = call.arguments as String;
  default:
    throw MissingPluginException('Bilinmeyen metot: ${call.method}');
}
""", "call.method, call.arguments, lastOpenedTodo.value")
t("handler", "platform", "gelen çağrının metot adını ve argümanlarını debug modda logla",
  r"""
if (kDebugMode) {
  debugPrint('Native çağrı: ${call.method} ${call.arguments}');
}
return null;
""", "kDebugMode, debugPrint, call.method")
t("members", "platform", "Native taraftan gelen hatırlatma olaylarını stream olarak dinle",
  r"""
Stream<String> get reminderEvents =>
    _events.receiveBroadcastStream().map((event) => event as String);
""", "_events.receiveBroadcastStream, Stream<String>")
t("members", "platform", "Cihazın bildirim izni olup olmadığını native'e soran bir metot ekle",
  r"""
Future<bool> hasPermission() async {
  final granted = await _channel.invokeMethod<bool>('hasPermission');
  return granted ?? false;
}
""", "_channel.invokeMethod")
t("members", "platform", "Sadece Android ve iOS'ta desteklendiğini söyleyen bir getter",
  r"""
bool get isSupported => !kIsWeb && (Platform.isAndroid || Platform.isIOS);
""", "Platform.isAndroid, Platform.isIOS")
t("schedule", "platform", "Native 'schedule' metodunu id, başlık ve milisaniye zamanla çağır, hata olursa false döndür",
  r"""
try {
  final ok = await _channel.invokeMethod<bool>('schedule', {
    'id': todoId,
    'title': title,
    'at': at.millisecondsSinceEpoch,
  });
  return ok ?? false;
} on PlatformException catch (e) {
  debugPrint('Hatırlatma kurulamadı: ${e.message}');
  return false;
}
""", "_channel.invokeMethod, PlatformException, millisecondsSinceEpoch")
t("schedule", "platform", "geçmiş bir zaman verilirse kurma, sonra native metodu çağır",
  r"""
if (at.isBefore(DateTime.now())) return false;
final result = await _channel.invokeMethod<bool>('schedule', {
  'id': todoId,
  'title': title,
  'at': at.toIso8601String(),
});
return result == true;
""", "at.isBefore, _channel.invokeMethod")
t("cancel", "platform", "Native tarafta hatırlatmayı iptal et",
  r"""
await _channel.invokeMethod<void>('cancel', {'id': todoId});
""", "_channel.invokeMethod")
t("cancel", "platform", "Web'de hiçbir şey yapma, diğer platformlarda cancel çağır ve MissingPluginException'ı yut",
  r"""
if (kIsWeb) return;
try {
  await _channel.invokeMethod('cancel', todoId);
} on MissingPluginException {
  // No native implementation on this platform.
}
""", "kIsWeb, _channel.invokeMethod, MissingPluginException")
t("top", "platform", "Uygulama genelinde tek bir ReminderService örneği olsun",
  r"""
final reminderService = ReminderService();
""", "ReminderService")
t("top", "dart_language", "Hatırlatma tekrar seçenekleri için enhanced enum yaz, her birinin Türkçe etiketi olsun",
  r"""
enum ReminderRepeat {
  none('Tekrar yok'),
  daily('Her gün'),
  weekly('Her hafta');

  const ReminderRepeat(this.label);

  final String label;
}
""", "enum, final String label")
# ---------------------------------------------------------------- notes: grid page
host(
    "notes_grid_page",
    r"""
import 'package:flutter/material.dart';

import '../data/notes_database.dart';
import '../models/note.dart';
import 'note_editor_page.dart';

@@top

class NotesGridPage extends StatefulWidget {
  const NotesGridPage({super.key});

  @override
  State<NotesGridPage> createState() => _NotesGridPageState();
}

class _NotesGridPageState extends State<NotesGridPage> {
  List<Note> _notes = const [];
  final Set<int> _selected = {};

  @override
  void initState() {
    super.initState();
    _reload();
  }

  Future<void> _reload() async {
    final notes = await NotesDatabase.instance.all();
    if (mounted) setState(() => _notes = notes);
  }

  @@members

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text(_selected.isEmpty ? 'Notlarım' : '${_selected.length} seçili'),
      ),
      body: GridView.builder(
        padding: const EdgeInsets.all(12),
        gridDelegate: const SliverGridDelegateWithFixedCrossAxisCount(
          crossAxisCount: 2,
          mainAxisSpacing: 8,
          crossAxisSpacing: 8,
        ),
        itemCount: _notes.length,
        itemBuilder: (context, index) {
          final note = _notes[index];
          final selected = _selected.contains(note.id);
          return Card(
            color: selected ? Theme.of(context).colorScheme.primaryContainer : null,
            child: InkWell(
              @@inkwell_args
              child: Padding(
                padding: const EdgeInsets.all(12),
                child: Column(
                  crossAxisAlignment: CrossAxisAlignment.start,
                  children: [
                    Text(note.title, style: Theme.of(context).textTheme.titleMedium),
                    @@card_children
                  ],
                ),
              ),
            ),
          );
        },
      ),
    );
  }
}
""",
    top="top_level", members="class_body", inkwell_args="argument", card_children="element",
)
t("inkwell_args", "navigation", "Dokununca notu düzenleme sayfasında aç, dönünce listeyi yenile",
  r"""
onTap: () async {
  await Navigator.push(
    context,
    MaterialPageRoute(
      builder: (_) => NoteEditorPage(note: note, repository: NotesDatabase.instance),
    ),
  );
  _reload();
},
""", "onTap, Navigator.push | Navigator.of | context.push, NoteEditorPage, _reload")
t("inkwell_args", "state", "Uzun basınca not seçilsin/seçimi kalksın",
  r"""
onLongPress: () => setState(() {
  if (!_selected.remove(note.id)) _selected.add(note.id);
}),
""", "onLongPress, setState, _selected")
t("inkwell_args", "state", "seçim modundaysa dokunmak seçimi değiştirsin, değilse editörü açsın",
  r"""
onTap: () {
  if (_selected.isNotEmpty) {
    setState(() {
      if (!_selected.remove(note.id)) _selected.add(note.id);
    });
    return;
  }
  Navigator.push(
    context,
    MaterialPageRoute(builder: (_) => NoteEditorPage(note: note, repository: NotesDatabase.instance)),
  );
},
""", "onTap, _selected, setState, Navigator.push | Navigator.of | context.push")
t("card_children", "widgets_layout", "Not içeriğinin ilk 4 satırını göster, kalan alanı doldursun",
  r"""
const SizedBox(height: 6),
Expanded(
  child: Text(
    note.body,
    maxLines: 4,
    overflow: TextOverflow.ellipsis,
  ),
),
""", "Expanded, Text, note.body, maxLines")
t("card_children", "localization", "Altta güncellenme tarihini yerel formatta göster",
  r"""
const Spacer(),
Text(
  MaterialLocalizations.of(context).formatShortDate(note.updatedAt),
  style: Theme.of(context).textTheme.bodySmall,
),
""", "MaterialLocalizations.of | DateFormat, note.updatedAt")
t("card_children", "widgets_layout", "Sabitlenmiş notlarda sağ altta raptiye ikonu göster",
  r"""
const Spacer(),
if (note.pinned)
  const Align(
    alignment: Alignment.bottomRight,
    child: Icon(Icons.push_pin, size: 16),
  ),
""", "if, note.pinned, Icon")
t("members", "performance", "Seçili notların hepsini silen ve listeyi tek seferde güncelleyen bir metot yaz",
  r"""
Future<void> _deleteSelected() async {
  final ids = _selected.toList();
  await Future.wait(ids.map(NotesDatabase.instance.delete));
  if (!mounted) return;
  setState(() {
    _notes = _notes.where((n) => !ids.contains(n.id)).toList();
    _selected.clear();
  });
}
""", "Future.wait, NotesDatabase.instance.delete, setState, _selected.clear")
t("members", "state", "Seçimi temizleyen bir metot ekle",
  r"""
void _clearSelection() => setState(_selected.clear);
""", "setState, _selected.clear")
t("top", "widgets_layout", "Ekran genişliğine göre grid sütun sayısını hesaplayan yardımcı fonksiyon yaz",
  r"""
int columnsFor(double width) {
  if (width >= 1200) return 5;
  if (width >= 840) return 4;
  if (width >= 600) return 3;
  return 2;
}
""", "int, width")
t("top", "performance", "Not kartını ayrı const'lanabilir StatelessWidget olarak yaz ki grid rebuild'leri ucuz olsun",
  r"""
class NoteCard extends StatelessWidget {
  const NoteCard({super.key, required this.note});

  final Note note;

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(12),
        child: Text(note.title, maxLines: 2, overflow: TextOverflow.ellipsis),
      ),
    );
  }
}
""", "extends StatelessWidget, const NoteCard, note.title")
# ---------------------------------------------------------------- todo: localized header widget
host(
    "todo_summary",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_gen/gen_l10n/app_localizations.dart';
import 'package:intl/intl.dart';

import '../models/todo.dart';

@@top

class TodoSummary extends StatelessWidget {
  const TodoSummary({super.key, required this.todos, required this.onClearCompleted});

  final List<Todo> todos;
  final VoidCallback onClearCompleted;

  @@members

  @override
  Widget build(BuildContext context) {
    final l10n = AppLocalizations.of(context)!;
    final done = todos.where((t) => t.done).length;
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Row(
        children: [
          @@row
          TextButton(
            onPressed: done == 0 ? null : onClearCompleted,
            @@button_args
            child: Text(l10n.clearCompleted),
          ),
        ],
      ),
    );
  }
}
""",
    top="top_level", members="class_body", row="element", button_args="argument",
)
t("top", "localization", "BuildContext üzerinde AppLocalizations'a kısa erişim sağlayan bir extension yaz",
  r"""
extension L10nX on BuildContext {
  AppLocalizations get l10n => AppLocalizations.of(this)!;
}
""", "extension, on BuildContext, AppLocalizations.of")
t("top", "localization", "Görev sayısına göre 'görev yok / 1 görev / N görev' metnini Intl.plural ile üreten fonksiyon yaz",
  r"""
String taskCountLabel(int count) => Intl.plural(
      count,
      zero: 'Görev yok',
      one: '1 görev',
      other: '$count görev',
      locale: 'tr',
    );
""", "Intl.plural, zero, other")
t("members", "localization", "Son tarihi cihaz diline göre 'd MMMM' biçiminde yazan bir yardımcı metot ekle",
  r"""
String _formatDue(BuildContext context, DateTime due) {
  final locale = Localizations.localeOf(context).toLanguageTag();
  return DateFormat('d MMMM', locale).format(due);
}
""", "DateFormat, Localizations.localeOf")
t("row", "localization", "Kalan görev sayısını çevirili metinle göster, boşluğu doldursun",
  r"""
Expanded(
  child: Text(l10n.remainingTasks(todos.length - done)),
),
const SizedBox(width: 8),
""", "Expanded, l10n.remainingTasks | AppLocalizations.of")
t("row", "localization", "tamamlanan yüzdesini yerel sayı formatıyla göster",
  r"""
Text(
  NumberFormat.percentPattern(Localizations.localeOf(context).toString())
      .format(todos.isEmpty ? 0 : done / todos.length),
),
const Spacer(),
""", "NumberFormat.percentPattern, Localizations.localeOf")
t("row", "widgets_layout", "İlerlemeyi gösteren dairesel bir gösterge ve yanında sayaç koy",
  r"""
SizedBox.square(
  dimension: 32,
  child: CircularProgressIndicator(value: todos.isEmpty ? 0 : done / todos.length),
),
const SizedBox(width: 12),
Expanded(child: Text('$done / ${todos.length}')),
""", "CircularProgressIndicator, value, Expanded")
t("row", "localization", "Metin sağdan sola dillerde de doğru hizalansın, başlık olarak l10n.summaryTitle yaz",
  r"""
Expanded(
  child: Text(
    l10n.summaryTitle,
    textAlign: TextAlign.start,
    style: Theme.of(context).textTheme.titleMedium,
  ),
),
const SizedBox(width: 8),
""", "l10n.summaryTitle, TextAlign.start, Expanded")
t("button_args", "localization", "Uzun basınca çevirili bir açıklama tooltip'i yerine snackbar göstersin",
  r"""
onLongPress: () => ScaffoldMessenger.of(context).showSnackBar(
  SnackBar(content: Text(l10n.clearCompletedHint)),
),
""", "onLongPress, ScaffoldMessenger.of, l10n")
# ---------------------------------------------------------------- todo: reorderable project list with search
host(
    "project_list_page",
    r"""
import 'package:flutter/material.dart';
import 'package:go_router/go_router.dart';

import '../models/project.dart';
import '../state/project_store.dart';

class ProjectListPage extends StatelessWidget {
  const ProjectListPage({super.key, required this.store});

  final ProjectStore store;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: const Text('Projeler'),
        bottom: PreferredSize(
          preferredSize: const Size.fromHeight(56),
          child: Padding(
            padding: const EdgeInsets.all(8),
            child: SearchBar(
              hintText: 'Proje ara',
              @@search_args
            ),
          ),
        ),
      ),
      body: ValueListenableBuilder<List<Project>>(
        valueListenable: store.projects,
        builder: (context, projects, _) {
          return ReorderableListView.builder(
            itemCount: projects.length,
            @@reorder_args
            itemBuilder: (context, index) {
              final project = projects[index];
              return ListTile(
                key: ValueKey(project.id),
                title: Text(project.name),
                trailing: Text('${project.openTasks}'),
                @@tile_args
              );
            },
          );
        },
      ),
    );
  }
}
""",
    search_args="argument", reorder_args="argument", tile_args="argument",
)
t("search_args", "lists", "Yazdıkça store'daki filtreyi güncelle",
  r"""
onChanged: (query) => store.filter(query),
""", "onChanged, store.filter")
t("search_args", "widgets_layout", "Başa arama ikonu koy, yazıp enter'a basınca filtre uygulansın",
  r"""
leading: const Icon(Icons.search),
onSubmitted: (query) => store.filter(query.trim()),
""", "leading, onSubmitted, store")
t("reorder_args", "lists", "Sürükleyip bırakınca sırayı store'da güncelle",
  r"""
onReorder: (oldIndex, newIndex) {
  if (newIndex > oldIndex) newIndex -= 1;
  store.move(oldIndex, newIndex);
},
""", "onReorder, newIndex, store")
t("reorder_args", "animations", "Sürüklenen öğe hafifçe büyüyüp gölgeli görünsün",
  r"""
proxyDecorator: (child, index, animation) => AnimatedBuilder(
  animation: animation,
  builder: (context, child) => Transform.scale(
    scale: 1 + 0.05 * animation.value,
    child: Material(elevation: 6 * animation.value, child: child),
  ),
  child: child,
),
onReorder: store.move,
""", "proxyDecorator, animation, Transform.scale | ScaleTransition")
t("reorder_args", "lists", "Sıralama değişince yeni sırayı kaydet, liste üstüne bir başlık ekle",
  r"""
header: const Padding(
  padding: EdgeInsets.all(16),
  child: Text('Sürükleyerek sıralayın'),
),
onReorder: (oldIndex, newIndex) {
  if (oldIndex < newIndex) newIndex--;
  store.move(oldIndex, newIndex);
},
""", "header, onReorder, store.move")
t("tile_args", "navigation", "Projeye dokununca detay sayfasını '/projects/:id' route'uyla aç",
  r"""
onTap: () => Navigator.pushNamed(context, '/projects/${project.id}'),
""", "onTap, Navigator.pushNamed | context.push | context.go, project.id")
t("tile_args", "navigation", "tıklayınca go_router ile proje detayına git",
  r"""
onTap: () => context.push('/projects/${project.id}'),
""", "onTap, context.push | context.go | context.pushNamed | context.goNamed")
t("tile_args", "state", "Solda projenin tamamlanma oranını gösteren dairesel gösterge koy, dokununca favorilere al",
  r"""
leading: CircularProgressIndicator(value: project.progress),
onTap: () => store.toggleFavorite(project.id),
""", "leading, CircularProgressIndicator, onTap, store")
# ---------------------------------------------------------------- testing: cart model unit tests
host(
    "cart_model_test",
    r"""
import 'package:flutter_test/flutter_test.dart';
import 'package:shop/models/product.dart';
import 'package:shop/state/cart_model.dart';

@@top

void main() {
  late CartModel cart;
  const shoes = Product(id: 'p1', name: 'Ayakkabı', price: 250);
  const bag = Product(id: 'p2', name: 'Çanta', price: 100);

  setUp(() {
    @@setup:: cart = CartModel();
  });

  test('adds a product', () {
    @@add_test:: cart.add(shoes); expect(cart.items, hasLength(1));
  });

  test('computes the total', () {
    cart.add(shoes, quantity: 2);
    cart.add(bag);
    @@total_test
  });

  @@tests
}
""",
    top="top_level", setup="callback", add_test="callback", total_test="callback", tests="statements",
)
t("setup", "testing", "Her testten önce yeni bir CartModel oluştur",
  r"""
cart = CartModel();
""", "cart = CartModel")
t("add_test", "testing", "Aynı ürünü iki kez ekleyince tek kalem ve miktarın 2 olduğunu doğrula",
  r"""
cart.add(shoes);
cart.add(shoes);
expect(cart.items, hasLength(1));
expect(cart.items.first.quantity, 2);
""", "cart.add, expect, hasLength | length, quantity")
t("add_test", "testing", "Ürün eklenince dinleyicilerin bir kez haberdar edildiğini test et",
  r"""
var calls = 0;
cart.addListener(() => calls++);
cart.add(shoes);
expect(calls, 1);
""", "cart.addListener, cart.add, expect")
t("total_test", "testing", "Toplamın 600 olduğunu kontrol et",
  r"""
expect(cart.total, 600);
""", "expect, cart.total")
t("total_test", "testing", "toplam ve ürün adedini birlikte doğrula",
  r"""
expect(cart.total, equals(600));
expect(cart.itemCount, 3);
""", "expect, cart.total, cart.itemCount")
t("tests", "testing", "Ürün kaldırılınca sepetin boşaldığını test eden bir test yaz",
  r"""
test('removes a product', () {
  cart.add(bag);
  cart.remove(bag.id);
  expect(cart.items, isEmpty);
});
""", "test, cart.remove, expect, isEmpty")
t("tests", "testing", "Miktar 0 verilince ArgumentError fırlattığını test et",
  r"""
test('rejects zero quantity', () {
  expect(() => cart.add(shoes, quantity: 0), throwsArgumentError);
});
""", "test, expect, throwsArgumentError | throwsA")
t("tests", "testing", "Sepet işlemleri için bir group aç; temizleme ve içerme testleri olsun",
  r"""
group('clear and contains', () {
  test('clear empties the cart', () {
    cart.add(shoes);
    cart.clear();
    expect(cart.items, isEmpty);
  });

  test('contains finds an added product', () {
    cart.add(bag);
    expect(cart.contains(bag.id), isTrue);
    expect(cart.contains(shoes.id), isFalse);
  });
});
""", "group, test, expect, cart.clear")
t("top", "testing", "Testlerde kullanmak için örnek ürün üreten bir yardımcı fonksiyon yaz",
  r"""
Product fakeProduct(int i, {double price = 10}) =>
    Product(id: 'p$i', name: 'Ürün $i', price: price);
""", "Product")
# ---------------------------------------------------------------- testing: todo page widget tests
host(
    "todo_page_test",
    r"""
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:todo/pages/todo_list_page.dart';

@@top

void main() {
  Future<void> pumpPage(WidgetTester tester) async {
    await tester.pumpWidget(const MaterialApp(home: TodoListPage()));
  }

  testWidgets('shows an empty list', (tester) async {
    await pumpPage(tester);
    @@empty_test:: expect(find.byType(CheckboxListTile), findsNothing);
  });

  testWidgets('adds a todo', (tester) async {
    await pumpPage(tester);
    @@add_test
  });

  testWidgets('toggles a todo', (tester) async {
    await pumpPage(tester);
    await tester.tap(find.byType(FloatingActionButton));
    await tester.pumpAndSettle();
    await tester.enterText(find.byType(TextField), 'Süt al');
    await tester.tap(find.text('Ekle'));
    await tester.pumpAndSettle();
    @@toggle_test
  });
}
""",
    top="top_level", empty_test="callback", add_test="callback", toggle_test="callback",
)
t("empty_test", "testing", "Hiç görev yokken liste öğesi olmadığını ve başlığın göründüğünü doğrula",
  r"""
expect(find.byType(CheckboxListTile), findsNothing);
expect(find.text('Yapılacaklar'), findsOneWidget);
""", "expect, find.byType, findsNothing, findsOneWidget")
t("empty_test", "testing", "FAB'ın ekranda olduğunu ve tooltip'inin 'Yeni görev' olduğunu kontrol et",
  r"""
expect(find.byType(FloatingActionButton), findsOneWidget);
expect(find.byTooltip('Yeni görev'), findsOneWidget);
""", "expect, find.byType, FloatingActionButton, findsOneWidget")
t("add_test", "testing", "FAB'a bas, dialog'a 'Ekmek al' yaz, Ekle'ye bas ve listede göründüğünü doğrula",
  r"""
await tester.tap(find.byType(FloatingActionButton));
await tester.pumpAndSettle();
await tester.enterText(find.byType(TextField), 'Ekmek al');
await tester.tap(find.text('Ekle'));
await tester.pumpAndSettle();
expect(find.text('Ekmek al'), findsOneWidget);
""", "tester.tap, tester.enterText, pumpAndSettle, expect, findsOneWidget")
t("add_test", "testing", "boş başlıkla ekleme yapılınca listeye bir şey eklenmediğini test et",
  r"""
await tester.tap(find.byType(FloatingActionButton));
await tester.pumpAndSettle();
await tester.tap(find.text('Ekle'));
await tester.pumpAndSettle();
expect(find.byType(CheckboxListTile), findsNothing);
""", "tester.tap, pumpAndSettle, expect, findsNothing")
t("toggle_test", "testing", "Görevin checkbox'ına tıkla ve işaretlendiğini doğrula",
  r"""
await tester.tap(find.byType(Checkbox));
await tester.pump();
final checkbox = tester.widget<Checkbox>(find.byType(Checkbox));
expect(checkbox.value, isTrue);
""", "tester.tap, tester.widget, expect, isTrue")
t("toggle_test", "testing", "Görevi kaydırarak silince listeden kalktığını kontrol et",
  r"""
await tester.drag(find.text('Süt al'), const Offset(-500, 0));
await tester.pumpAndSettle();
expect(find.text('Süt al'), findsNothing);
""", "tester.drag, pumpAndSettle, expect, findsNothing")
t("toggle_test", "testing", "ekranin golden dosyasiyla eslestigini kontrol et",
  r"""
await expectLater(
  find.byType(TodoListPage),
  matchesGoldenFile('goldens/todo_list_page.png'),
);
""", "expectLater, matchesGoldenFile")
t("top", "testing", "Testlerde sayfayı tema ve navigator ile saran bir yardımcı widget fonksiyonu yaz",
  r"""
Widget wrapWithApp(Widget child) => MaterialApp(
      theme: ThemeData(useMaterial3: true),
      home: child,
    );
""", "MaterialApp, home")


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from flutr.comments import find_request_comments
    from flutr.position import position_of

    counters: dict[str, int] = collections.defaultdict(lambda: 1000)
    rows = []
    problems = 0
    for task in TASKS:
        text, slots = HOSTS[task["host"]]
        file = render(task["host"], task["slot"], task["comment"])
        blocks = find_request_comments(file)
        expected = slots[task["slot"]]
        if len(blocks) != 1:
            print("comments:", task["host"], task["slot"], task["comment"], len(blocks))
            problems += 1
            continue
        kind = position_of(file, blocks[0]).kind
        if kind != expected:
            print("position:", task["host"], task["slot"], kind, "!=", expected)
            problems += 1
        topic = task["topic"]
        row = {
            "id": f"ctx-{topic}-{counters[topic]}",
            "topic": topic,
            "position": expected,
            "file": file,
            "answer": task["answer"],
            "must_contain": task["must"],
        }
        counters[topic] += 1
        if task["no"]:
            row["must_not"] = task["no"]
        if task["chk"]:
            row["checks"] = task["chk"]
        rows.append(row)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows -> {OUT} ({problems} problems)")
    print("positions:", dict(collections.Counter(r["position"] for r in rows)))
    print("topics:", dict(sorted(collections.Counter(r["topic"] for r in rows).items())))
    per_host = collections.Counter(t["host"] for t in TASKS)
    print("hosts:", len(HOSTS), dict(per_host))
    shared = collections.Counter((t["host"], t["slot"], t["answer"]) for t in TASKS)
    for key, count in shared.items():
        if count > 3:
            print("more than 3 rows share", key[:2])


if __name__ == "__main__":
    main()
