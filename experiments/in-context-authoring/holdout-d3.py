"""In-context held-out rows, batch 4 (holdout-d3): 20 hand-written rows, 4 per position
(statements, callback, class_body, element, argument), topics forms, http_json, animations, performance
(5 each, one per position); app domains a crowdfunding/donation app and a museum audio-guide app.

Run: .venv/bin/python experiments/in-context-authoring/holdout-d3.py  -> data/in_context/drafts/holdout-d3.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rows import Rows  # noqa: E402

ROWS = Rows("holdout-d3", "holdd3")
row = ROWS.row


# ================================================================ statements

row("forms", "statements", r"""
import 'package:flutter/material.dart';

class DonateForm extends StatefulWidget {
  const DonateForm({super.key, required this.campaignTitle, required this.onDonate});

  final String campaignTitle;
  final void Function(double amount, String? donorName) onDonate;

  @override
  State<DonateForm> createState() => _DonateFormState();
}

class _DonateFormState extends State<DonateForm> {
  final _formKey = GlobalKey<FormState>();
  final _amountController = TextEditingController();
  final _nameController = TextEditingController();
  bool _anonymous = false;

  @override
  void dispose() {
    _amountController.dispose();
    _nameController.dispose();
    super.dispose();
  }

  void _submit() {
    // form gecerliyse tutari sayiya cevir, anonim secildiyse isim yerine null gonder ve onDonate'i cagir
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        crossAxisAlignment: CrossAxisAlignment.stretch,
        children: [
          Text(widget.campaignTitle, style: Theme.of(context).textTheme.titleLarge),
          const SizedBox(height: 12),
          TextFormField(
            controller: _amountController,
            decoration: const InputDecoration(labelText: 'Tutar', suffixText: '₺'),
            keyboardType: const TextInputType.numberWithOptions(decimal: true),
            validator: (v) =>
                double.tryParse((v ?? '').replaceAll(',', '.')) == null ? 'Geçerli bir tutar girin' : null,
          ),
          CheckboxListTile(
            title: const Text('Adım bağışçı listesinde görünmesin'),
            value: _anonymous,
            onChanged: (v) => setState(() => _anonymous = v ?? false),
          ),
          if (!_anonymous)
            TextFormField(
              controller: _nameController,
              decoration: const InputDecoration(labelText: 'Adınız'),
            ),
          const SizedBox(height: 16),
          FilledButton(onPressed: _submit, child: const Text('Bağış yap')),
        ],
      ),
    );
  }
}
""", r"""
if (!_formKey.currentState!.validate()) return;
final amount = double.parse(_amountController.text.replaceAll(',', '.'));
widget.onDonate(amount, _anonymous ? null : _nameController.text.trim());
""", ["validate", "_amountController", "double.parse | double.tryParse | num.parse | num.tryParse",
      "replaceAll | replaceFirst", "widget.onDonate", "_anonymous", "_nameController"],
    checks=["call .validate", "call .onDonate"])

row("http_json", "statements", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class Campaign {
  const Campaign({required this.id, required this.title, required this.goal, required this.raised});

  final String id;
  final String title;
  final double goal;
  final double raised;

  factory Campaign.fromJson(Map<String, dynamic> json) => Campaign(
        id: json['id'] as String,
        title: json['title'] as String,
        goal: (json['goal'] as num).toDouble(),
        raised: (json['raised'] as num).toDouble(),
      );
}

class CampaignApi {
  CampaignApi(this._client, {required this.baseUrl, required this.token});

  final http.Client _client;
  final String baseUrl;
  final String token;

  Future<List<Campaign>> fetchActive({int page = 1}) async {
    // /campaigns'a status=active ve page ile GET at, token'ı Bearer olarak gönder; 200 değilse hata fırlat, 'items' listesini Campaign'e çevir
  }

  Future<Campaign> fetchOne(String id) async {
    final response = await _client.get(
      Uri.parse('$baseUrl/campaigns/$id'),
      headers: {'Authorization': 'Bearer $token'},
    );
    if (response.statusCode != 200) {
      throw Exception('Kampanya bulunamadı (${response.statusCode})');
    }
    return Campaign.fromJson(jsonDecode(response.body) as Map<String, dynamic>);
  }
}
""", r"""
final uri = Uri.parse('$baseUrl/campaigns').replace(
  queryParameters: {'status': 'active', 'page': '$page'},
);
final response = await _client.get(uri, headers: {'Authorization': 'Bearer $token'});
if (response.statusCode != 200) {
  throw Exception('Kampanyalar alınamadı (${response.statusCode})');
}
final body = jsonDecode(response.body) as Map<String, dynamic>;
final items = body['items'] as List<dynamic>;
return items.map((e) => Campaign.fromJson(e as Map<String, dynamic>)).toList();
""", ["_client.get | http.get | _client.send", "headers", "statusCode", "throw", "jsonDecode | json.decode",
      "Campaign.fromJson", "toList | List.from | List<Campaign>.from | for (", "return"],
    checks=["literal 'campaigns'", "literal 'status'", "literal 'active'", "literal 'page'", "literal 'Bearer'",
            "literal 'items'", "literal 200"])

row("animations", "statements", r"""
import 'package:flutter/material.dart';
import 'package:just_audio/just_audio.dart';

class GuidePlayerBar extends StatefulWidget {
  const GuidePlayerBar({super.key, required this.player, required this.trackTitle});

  final AudioPlayer player;
  final String trackTitle;

  @override
  State<GuidePlayerBar> createState() => _GuidePlayerBarState();
}

class _GuidePlayerBarState extends State<GuidePlayerBar> with SingleTickerProviderStateMixin {
  late final AnimationController _iconController = AnimationController(
    vsync: this,
    duration: const Duration(milliseconds: 250),
  );
  bool _isPlaying = false;

  @override
  void dispose() {
    _iconController.dispose();
    super.dispose();
  }

  void _togglePlay() {
    // çalıyorsa duraklat ve ikonu play'e geri döndür, çalmıyorsa oynat ve ikonu pause'a çevir
  }

  @override
  Widget build(BuildContext context) {
    return Material(
      elevation: 4,
      child: ListTile(
        leading: const Icon(Icons.headphones),
        title: Text(widget.trackTitle, maxLines: 1, overflow: TextOverflow.ellipsis),
        trailing: IconButton(
          iconSize: 36,
          onPressed: _togglePlay,
          icon: AnimatedIcon(
            icon: AnimatedIcons.play_pause,
            progress: _iconController,
          ),
        ),
      ),
    );
  }
}
""", r"""
if (_isPlaying) {
  widget.player.pause();
  _iconController.reverse();
} else {
  widget.player.play();
  _iconController.forward();
}
_isPlaying = !_isPlaying;
""", ["_isPlaying | playing | isCompleted | isForwardOrCompleted | _iconController.value | _iconController.status",
      "pause", "play", "_iconController.forward | _iconController.animateTo",
      "_iconController.reverse | _iconController.animateBack | _iconController.animateTo"],
    must_not=["repeat", "stop("],
    checks=["call .pause", "call .play"])

row("performance", "statements", r"""
import 'package:flutter/material.dart';

class Exhibit {
  const Exhibit({required this.title, required this.imageUrl, required this.description});

  final String title;
  final String imageUrl;
  final String description;
}

class ExhibitPager extends StatefulWidget {
  const ExhibitPager({super.key, required this.exhibits});

  final List<Exhibit> exhibits;

  @override
  State<ExhibitPager> createState() => _ExhibitPagerState();
}

class _ExhibitPagerState extends State<ExhibitPager> {
  final _pageController = PageController();
  int _current = 0;

  @override
  void didChangeDependencies() {
    super.didChangeDependencies();
    _precacheAround(_current);
  }

  void _precacheAround(int index) {
    // siradaki iki eserin fotografini simdiden onbellege al ki sayfa gecerken takilmasin, listenin sonunu asma
  }

  @override
  void dispose() {
    _pageController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Column(
      children: [
        Expanded(
          child: PageView.builder(
            controller: _pageController,
            itemCount: widget.exhibits.length,
            onPageChanged: (index) {
              setState(() => _current = index);
              _precacheAround(index);
            },
            itemBuilder: (context, index) {
              final exhibit = widget.exhibits[index];
              return ListView(
                padding: const EdgeInsets.all(16),
                children: [
                  Image.network(exhibit.imageUrl, height: 320, fit: BoxFit.contain),
                  const SizedBox(height: 12),
                  Text(exhibit.title, style: Theme.of(context).textTheme.headlineSmall),
                  const SizedBox(height: 8),
                  Text(exhibit.description),
                ],
              );
            },
          ),
        ),
        Padding(
          padding: const EdgeInsets.all(8),
          child: Text('${_current + 1} / ${widget.exhibits.length}'),
        ),
      ],
    );
  }
}
""", r"""
for (var i = index + 1; i <= index + 2 && i < widget.exhibits.length; i++) {
  precacheImage(NetworkImage(widget.exhibits[i].imageUrl), context);
}
""", ["precacheImage", "imageUrl", "index", "length | take | sublist | min("],
    checks=["call precacheImage > NetworkImage | CachedNetworkImageProvider | Image.network | ResizeImage",
            "literal 2 | 3"])

# ================================================================ callback

row("forms", "callback", r"""
import 'package:flutter/material.dart';

class ExhibitCodeEntry extends StatefulWidget {
  const ExhibitCodeEntry({super.key, required this.exhibitCodes, required this.onPlay});

  final Set<String> exhibitCodes;
  final ValueChanged<String> onPlay;

  @override
  State<ExhibitCodeEntry> createState() => _ExhibitCodeEntryState();
}

class _ExhibitCodeEntryState extends State<ExhibitCodeEntry> {
  final _formKey = GlobalKey<FormState>();
  final _codeController = TextEditingController();

  @override
  void dispose() {
    _codeController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Row(
        crossAxisAlignment: CrossAxisAlignment.start,
        children: [
          Expanded(
            child: TextFormField(
              controller: _codeController,
              keyboardType: TextInputType.number,
              decoration: const InputDecoration(
                labelText: 'Eser numarası',
                hintText: 'Örn. 104',
              ),
              validator: (value) {
                // bos birakilamaz, tam 3 haneli sayi olmali ve exhibitCodes icinde bulunmali; her durum icin ayri hata mesaji
              },
            ),
          ),
          const SizedBox(width: 12),
          IconButton.filled(
            icon: const Icon(Icons.headphones),
            onPressed: () {
              if (_formKey.currentState!.validate()) {
                widget.onPlay(_codeController.text.trim());
              }
            },
          ),
        ],
      ),
    );
  }
}
""", r"""
final code = value?.trim() ?? '';
if (code.isEmpty) return 'Eser numarası girin';
if (!RegExp(r'^\d{3}$').hasMatch(code)) return 'Numara 3 haneli olmalı';
if (!widget.exhibitCodes.contains(code)) return 'Bu numarada bir eser yok';
return null;
""", ["isEmpty | isNotEmpty | length == 0 | == ''", "RegExp | int.tryParse | int.parse | num.tryParse",
      "exhibitCodes", "contains", "return null"],
    checks=["literal 3 | '3'"])

row("http_json", "callback", r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

const apiBase = 'https://api.muzerehber.app/v1';

class Exhibit {
  const Exhibit({required this.id, required this.title, required this.artist, required this.audioSeconds});

  final int id;
  final String title;
  final String artist;
  final int audioSeconds;

  factory Exhibit.fromJson(Map<String, dynamic> json) => Exhibit(
        id: json['id'] as int,
        title: json['title'] as String,
        artist: json['artist'] as String,
        audioSeconds: json['audio_seconds'] as int,
      );
}

class RoomExhibitsPage extends StatefulWidget {
  const RoomExhibitsPage({super.key, required this.roomId, required this.roomName, required this.initial});

  final int roomId;
  final String roomName;
  final List<Exhibit> initial;

  @override
  State<RoomExhibitsPage> createState() => _RoomExhibitsPageState();
}

class _RoomExhibitsPageState extends State<RoomExhibitsPage> {
  late List<Exhibit> _exhibits = widget.initial;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.roomName)),
      body: RefreshIndicator(
        onRefresh: () async {
          // salonun eserlerini $apiBase/rooms/<roomId>/exhibits adresinden yeniden çek, başarılıysa listeyi yenile
        },
        child: ListView.builder(
          itemCount: _exhibits.length,
          itemBuilder: (context, index) {
            final exhibit = _exhibits[index];
            return ListTile(
              leading: CircleAvatar(child: Text('${exhibit.id}')),
              title: Text(exhibit.title),
              subtitle: Text(exhibit.artist),
              trailing: Text('${exhibit.audioSeconds ~/ 60} dk'),
            );
          },
        ),
      ),
    );
  }
}
""", r"""
final response = await http.get(Uri.parse('$apiBase/rooms/${widget.roomId}/exhibits'));
if (response.statusCode != 200) return;
final data = jsonDecode(response.body) as List<dynamic>;
if (!mounted) return;
setState(() {
  _exhibits = data.map((e) => Exhibit.fromJson(e as Map<String, dynamic>)).toList();
});
""", ["http.get", "statusCode", "jsonDecode | json.decode", "Exhibit.fromJson", "setState", "_exhibits"],
    checks=["literal 'rooms'", "literal 'exhibits'", "call setState"])

row("animations", "callback", r"""
import 'package:flutter/material.dart';

class Campaign {
  const Campaign({required this.title, required this.goal, required this.raised});

  final String title;
  final double goal;
  final double raised;

  double get progress => goal == 0 ? 0 : (raised / goal).clamp(0.0, 1.0);
}

class CampaignProgressCard extends StatelessWidget {
  const CampaignProgressCard({super.key, required this.campaign, required this.onTap});

  final Campaign campaign;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    return Card(
      clipBehavior: Clip.antiAlias,
      child: InkWell(
        onTap: onTap,
        child: Padding(
          padding: const EdgeInsets.all(16),
          child: Column(
            crossAxisAlignment: CrossAxisAlignment.start,
            children: [
              Text(campaign.title, style: Theme.of(context).textTheme.titleMedium),
              const SizedBox(height: 12),
              TweenAnimationBuilder<double>(
                tween: Tween(begin: 0, end: campaign.progress),
                duration: const Duration(milliseconds: 900),
                curve: Curves.easeOutCubic,
                builder: (context, value, child) {
                  // ilerleme cubugu value'ya gore dolsun, altinda da yuzdesi yazsin (%42 gibi)
                },
              ),
              const SizedBox(height: 8),
              Text('${campaign.raised.toStringAsFixed(0)} ₺ / ${campaign.goal.toStringAsFixed(0)} ₺'),
            ],
          ),
        ),
      ),
    );
  }
}
""", r"""
return Column(
  crossAxisAlignment: CrossAxisAlignment.start,
  children: [
    LinearProgressIndicator(value: value, minHeight: 8),
    const SizedBox(height: 4),
    Text('%${(value * 100).round()}'),
  ],
);
""", ["return", "LinearProgressIndicator | CircularProgressIndicator", "* 100 | 100 *",
      "round | toStringAsFixed | toInt | floor | truncate"],
    must_not=["campaign.progress"],
    checks=["call LinearProgressIndicator | CircularProgressIndicator(value: value)", "call Text", "literal '%'"])

row("performance", "callback", r"""
import 'dart:convert';

import 'package:flutter/foundation.dart';
import 'package:flutter/material.dart';

class DonationRecord {
  const DonationRecord({required this.donor, required this.amount, required this.date});

  final String donor;
  final double amount;
  final DateTime date;
}

List<DonationRecord> parseDonationCsv(String csv) {
  final lines = const LineSplitter().convert(csv).skip(1);
  return [
    for (final line in lines)
      if (line.trim().isNotEmpty)
        DonationRecord(
          donor: line.split(';')[0],
          amount: double.parse(line.split(';')[1]),
          date: DateTime.parse(line.split(';')[2]),
        ),
  ];
}

class DonationReportPage extends StatefulWidget {
  const DonationReportPage({super.key, required this.loadCsv});

  final Future<String> Function() loadCsv;

  @override
  State<DonationReportPage> createState() => _DonationReportPageState();
}

class _DonationReportPageState extends State<DonationReportPage> {
  List<DonationRecord> _records = [];

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(
        title: Text('Bağış raporu (${_records.length})'),
        actions: [
          IconButton(
            icon: const Icon(Icons.download),
            onPressed: () async {
              // csv'yi indir; on binlerce satir var, parse islemi arayuzu dondurmasin diye ayri isolate'te yapilsin, sonra _records'u guncelle
            },
          ),
        ],
      ),
      body: ListView.builder(
        itemCount: _records.length,
        itemBuilder: (context, index) {
          final record = _records[index];
          return ListTile(
            title: Text(record.donor),
            subtitle: Text('${record.date.day}.${record.date.month}.${record.date.year}'),
            trailing: Text('${record.amount.toStringAsFixed(2)} ₺'),
          );
        },
      ),
    );
  }
}
""", r"""
final csv = await widget.loadCsv();
final records = await compute(parseDonationCsv, csv);
if (!mounted) return;
setState(() => _records = records);
""", ["widget.loadCsv", "compute | Isolate.run", "parseDonationCsv", "setState", "_records"],
    checks=["call compute | Isolate.run", "call setState"])

# ================================================================ class_body

row("forms", "class_body", r"""
import 'package:flutter/material.dart';

class VisitFeedbackForm extends StatefulWidget {
  const VisitFeedbackForm({super.key, required this.tourName, required this.onSend});

  final String tourName;
  final Future<void> Function(int rating, String comment) onSend;

  @override
  State<VisitFeedbackForm> createState() => _VisitFeedbackFormState();
}

class _VisitFeedbackFormState extends State<VisitFeedbackForm> {
  final _formKey = GlobalKey<FormState>();
  final _commentController = TextEditingController();
  int _rating = 0;
  bool _sending = false;

  @override
  void dispose() {
    _commentController.dispose();
    super.dispose();
  }

  // gönderimden sonra çağrılacak _resetForm: validator hatalarını temizle, yorumu sil, puanı sıfırla

  Future<void> _send() async {
    if (_rating == 0 || !_formKey.currentState!.validate()) return;
    setState(() => _sending = true);
    await widget.onSend(_rating, _commentController.text.trim());
    if (!mounted) return;
    setState(() => _sending = false);
    _resetForm();
  }

  @override
  Widget build(BuildContext context) {
    return Form(
      key: _formKey,
      child: Column(
        children: [
          Text('${widget.tourName} turunu puanlayın'),
          Row(
            mainAxisAlignment: MainAxisAlignment.center,
            children: [
              for (var i = 1; i <= 5; i++)
                IconButton(
                  icon: Icon(i <= _rating ? Icons.star : Icons.star_border),
                  onPressed: () => setState(() => _rating = i),
                ),
            ],
          ),
          TextFormField(
            controller: _commentController,
            maxLines: 4,
            decoration: const InputDecoration(labelText: 'Yorumunuz'),
            validator: (v) => (v ?? '').length > 500 ? 'En fazla 500 karakter' : null,
          ),
          const SizedBox(height: 12),
          FilledButton(
            onPressed: _sending ? null : _send,
            child: const Text('Gönder'),
          ),
        ],
      ),
    );
  }
}
""", r"""
void _resetForm() {
  _formKey.currentState!.reset();
  _commentController.clear();
  setState(() => _rating = 0);
}
""", ["_resetForm", "_formKey.currentState", "reset", "_rating", "setState"],
    must_not=["dispose"],
    checks=["call .reset", "call setState", "literal 0"])

row("http_json", "class_body", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class Donation {
  const Donation({
    required this.campaignId,
    required this.amount,
    required this.createdAt,
    this.donorName,
    this.message,
  });

  final String campaignId;
  final double amount;
  final DateTime createdAt;
  final String? donorName;
  final String? message;

  // API icin toJson yaz: anahtarlar campaign_id, amount, donor_name, message, created_at; tutar kurus olarak int gitsin, tarih ISO string, null olan alanlari hic ekleme
}

class DonationApi {
  DonationApi(this.baseUrl);

  final String baseUrl;

  Future<void> send(Donation donation) async {
    final response = await http.post(
      Uri.parse('$baseUrl/donations'),
      headers: {'Content-Type': 'application/json'},
      body: jsonEncode(donation.toJson()),
    );
    if (response.statusCode != 201) {
      throw Exception('Bağış gönderilemedi: ${response.statusCode}');
    }
  }
}
""", r"""
Map<String, dynamic> toJson() => {
      'campaign_id': campaignId,
      'amount': (amount * 100).round(),
      if (donorName != null) 'donor_name': donorName,
      if (message != null) 'message': message,
      'created_at': createdAt.toIso8601String(),
    };
""", ["toJson", "campaignId", "* 100 | 100 *", "round | toInt | truncate | floor | ceil", "donorName", "message",
      "!= null | == null | case", "toIso8601String"],
    checks=["literal 'campaign_id'", "literal 'amount'", "literal 'donor_name'", "literal 'message'",
            "literal 'created_at'", "literal 100"])

row("animations", "class_body", r"""
import 'dart:math' as math;

import 'package:flutter/material.dart';

class SoundWave extends StatefulWidget {
  const SoundWave({super.key, required this.isPlaying, this.color = Colors.teal});

  final bool isPlaying;
  final Color color;

  @override
  State<SoundWave> createState() => _SoundWaveState();
}

class _SoundWaveState extends State<SoundWave> with SingleTickerProviderStateMixin {
  late final AnimationController _controller;

  @override
  void initState() {
    super.initState();
    _controller = AnimationController(vsync: this, duration: const Duration(milliseconds: 600));
    if (widget.isPlaying) _controller.repeat(reverse: true);
  }

  // ust widget isPlaying'i degistirince dalga animasyonunu baslat ya da durdur

  @override
  void dispose() {
    _controller.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return AnimatedBuilder(
      animation: _controller,
      builder: (context, _) {
        return Row(
          mainAxisSize: MainAxisSize.min,
          crossAxisAlignment: CrossAxisAlignment.end,
          children: [
            for (var i = 0; i < 5; i++)
              Container(
                width: 4,
                height: 8 + 16 * math.sin((_controller.value + i / 5) * math.pi).abs(),
                margin: const EdgeInsets.symmetric(horizontal: 2),
                decoration: BoxDecoration(
                  color: widget.color,
                  borderRadius: BorderRadius.circular(2),
                ),
              ),
          ],
        );
      },
    );
  }
}
""", r"""
@override
void didUpdateWidget(covariant SoundWave oldWidget) {
  super.didUpdateWidget(oldWidget);
  if (widget.isPlaying == oldWidget.isPlaying) return;
  if (widget.isPlaying) {
    _controller.repeat(reverse: true);
  } else {
    _controller.stop();
  }
}
""", ["didUpdateWidget", "super.didUpdateWidget", "widget.isPlaying", "_controller.repeat",
      "_controller.stop | _controller.reset | _controller.animateTo | _controller.animateBack | _controller.reverse"],
    checks=["call .repeat", "call .stop | .reset | .animateTo | .animateBack | .reverse"])

row("performance", "class_body", r"""
import 'package:flutter/material.dart';

class AudioTrack {
  const AudioTrack({required this.number, required this.title, required this.durationSeconds});

  final int number;
  final String title;
  final int durationSeconds;
}

class TourTracksTab extends StatefulWidget {
  const TourTracksTab({super.key, required this.tracks, required this.onPlay});

  final List<AudioTrack> tracks;
  final ValueChanged<AudioTrack> onPlay;

  @override
  State<TourTracksTab> createState() => _TourTracksTabState();
}

class _TourTracksTabState extends State<TourTracksTab> with AutomaticKeepAliveClientMixin {
  final _scrollController = ScrollController();
  String _query = '';

  // sekmeler arasında gidip gelince bu sekme baştan kurulmasın, kaydırma konumu ve arama kalsın

  @override
  void dispose() {
    _scrollController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    super.build(context);
    final visible = widget.tracks
        .where((t) => t.title.toLowerCase().contains(_query.toLowerCase()))
        .toList();
    return Column(
      children: [
        Padding(
          padding: const EdgeInsets.all(12),
          child: TextField(
            decoration: const InputDecoration(prefixIcon: Icon(Icons.search), hintText: 'Parça ara'),
            onChanged: (v) => setState(() => _query = v),
          ),
        ),
        Expanded(
          child: ListView.builder(
            controller: _scrollController,
            itemCount: visible.length,
            itemBuilder: (context, index) {
              final track = visible[index];
              final seconds = (track.durationSeconds % 60).toString().padLeft(2, '0');
              return ListTile(
                leading: Text('${track.number}'),
                title: Text(track.title),
                trailing: Text('${track.durationSeconds ~/ 60}:$seconds'),
                onTap: () => widget.onPlay(track),
              );
            },
          ),
        ),
      ],
    );
  }
}
""", r"""
@override
bool get wantKeepAlive => true;
""", ["wantKeepAlive", "true"],
    must_not=["false"])

# ================================================================ element

row("forms", "element", r"""
import 'package:flutter/material.dart';

class DonationAmountPage extends StatefulWidget {
  const DonationAmountPage({super.key, required this.campaignTitle, required this.onContinue});

  final String campaignTitle;
  final void Function(double amount, bool monthly) onContinue;

  @override
  State<DonationAmountPage> createState() => _DonationAmountPageState();
}

class _DonationAmountPageState extends State<DonationAmountPage> {
  final _formKey = GlobalKey<FormState>();
  final _amountController = TextEditingController();
  bool _monthly = false;

  @override
  void dispose() {
    _amountController.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.campaignTitle)),
      body: Form(
        key: _formKey,
        child: ListView(
          padding: const EdgeInsets.all(16),
          children: [
            TextFormField(
              controller: _amountController,
              keyboardType: TextInputType.number,
              decoration: const InputDecoration(labelText: 'Bağış tutarı', suffixText: '₺'),
              validator: (v) => (int.tryParse(v ?? '') ?? 0) < 10 ? 'En az 10 ₺' : null,
            ),
            const SizedBox(height: 8),
            // tutar alanının altına 50, 100 ve 250 ₺ için hızlı seçim chip'leri koy, seçilen tutar alana yazılsın
            SwitchListTile(
              title: const Text('Her ay düzenli bağışla'),
              value: _monthly,
              onChanged: (v) => setState(() => _monthly = v),
            ),
            const SizedBox(height: 24),
            FilledButton(
              onPressed: () {
                if (_formKey.currentState!.validate()) {
                  widget.onContinue(double.parse(_amountController.text), _monthly);
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
Wrap(
  spacing: 8,
  children: [
    for (final amount in const [50, 100, 250])
      ChoiceChip(
        label: Text('$amount ₺'),
        selected: _amountController.text == '$amount',
        onSelected: (_) => setState(() => _amountController.text = '$amount'),
      ),
  ],
),
""", ["ChoiceChip | ActionChip | FilterChip | InputChip | RawChip", "_amountController.text | _amountController.value",
      "onSelected | onPressed"],
    checks=["literal 50", "literal 100", "literal 250"])

row("http_json", "element", r"""
import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

class ExhibitRatingSheet extends StatefulWidget {
  const ExhibitRatingSheet({
    super.key,
    required this.apiBase,
    required this.exhibitId,
    required this.languageCode,
  });

  final String apiBase;
  final int exhibitId;
  final String languageCode;

  @override
  State<ExhibitRatingSheet> createState() => _ExhibitRatingSheetState();
}

class _ExhibitRatingSheetState extends State<ExhibitRatingSheet> {
  final _commentController = TextEditingController();
  int _stars = 0;
  bool _sending = false;

  @override
  void dispose() {
    _commentController.dispose();
    super.dispose();
  }

  Future<void> _send() async {
    setState(() => _sending = true);
    final response = await http.post(
      Uri.parse('${widget.apiBase}/exhibits/${widget.exhibitId}/ratings'),
      headers: {'Content-Type': 'application/json'},
      body: jsonEncode({
        'stars': _stars,
        'lang': widget.languageCode,
        // yorum yazildiysa bas/son bosluklari kirpilmis haliyle 'comment' olarak ekle, bossa hic gonderme
      }),
    );
    if (!mounted) return;
    setState(() => _sending = false);
    if (response.statusCode == 201) Navigator.pop(context, true);
  }

  @override
  Widget build(BuildContext context) {
    return Padding(
      padding: const EdgeInsets.all(16),
      child: Column(
        mainAxisSize: MainAxisSize.min,
        children: [
          Row(
            mainAxisAlignment: MainAxisAlignment.center,
            children: [
              for (var i = 1; i <= 5; i++)
                IconButton(
                  onPressed: () => setState(() => _stars = i),
                  icon: Icon(i <= _stars ? Icons.star : Icons.star_border),
                ),
            ],
          ),
          TextField(
            controller: _commentController,
            maxLines: 3,
            decoration: const InputDecoration(hintText: 'Yorumunuz (isteğe bağlı)'),
          ),
          const SizedBox(height: 12),
          FilledButton(
            onPressed: _stars == 0 || _sending ? null : _send,
            child: const Text('Gönder'),
          ),
        ],
      ),
    );
  }
}
""", r"""
if (_commentController.text.trim().isNotEmpty) 'comment': _commentController.text.trim(),
""", ["if (", "_commentController", "trim", "isNotEmpty | isEmpty | length"],
    checks=["literal 'comment'"])

row("animations", "element", r"""
import 'package:flutter/material.dart';

class Campaign {
  const Campaign({
    required this.title,
    required this.description,
    required this.coverUrl,
    required this.goal,
    required this.raised,
  });

  final String title;
  final String description;
  final String coverUrl;
  final double goal;
  final double raised;
}

class CampaignDetailPage extends StatefulWidget {
  const CampaignDetailPage({super.key, required this.campaign, required this.onDonate});

  final Campaign campaign;
  final Future<double?> Function() onDonate;

  @override
  State<CampaignDetailPage> createState() => _CampaignDetailPageState();
}

class _CampaignDetailPageState extends State<CampaignDetailPage> {
  late double _raised = widget.campaign.raised;

  bool get _goalReached => _raised >= widget.campaign.goal;

  @override
  Widget build(BuildContext context) {
    final campaign = widget.campaign;
    return Scaffold(
      appBar: AppBar(title: Text(campaign.title)),
      body: ListView(
        padding: const EdgeInsets.all(16),
        children: [
          Image.network(campaign.coverUrl, height: 200, fit: BoxFit.cover),
          const SizedBox(height: 16),
          LinearProgressIndicator(value: (_raised / campaign.goal).clamp(0.0, 1.0)),
          const SizedBox(height: 8),
          Text('${_raised.toStringAsFixed(0)} ₺ toplandı'),
          // toplanan tutar hedefe ulasinca 'Hedefe ulaşıldı!' rozeti 400 ms'de yavasca belirsin
          const SizedBox(height: 16),
          Text(campaign.description),
        ],
      ),
      floatingActionButton: FloatingActionButton.extended(
        icon: const Icon(Icons.favorite),
        label: const Text('Bağış yap'),
        onPressed: () async {
          final amount = await widget.onDonate();
          if (amount != null) setState(() => _raised += amount);
        },
      ),
    );
  }
}
""", r"""
AnimatedOpacity(
  opacity: _goalReached ? 1 : 0,
  duration: const Duration(milliseconds: 400),
  child: const Chip(
    avatar: Icon(Icons.celebration),
    label: Text('Hedefe ulaşıldı!'),
  ),
),
""", ["AnimatedOpacity | AnimatedSwitcher | AnimatedCrossFade", "_goalReached | >= | <="],
    checks=["literal 400", "literal 'Hedefe ulaşıldı'"])

row("performance", "element", r"""
import 'dart:async';

import 'package:flutter/material.dart';

class LiveDonationPage extends StatefulWidget {
  const LiveDonationPage({
    super.key,
    required this.campaignTitle,
    required this.goal,
    required this.donations,
    required this.sponsorLogos,
  });

  final String campaignTitle;
  final double goal;
  final Stream<double> donations;
  final List<String> sponsorLogos;

  @override
  State<LiveDonationPage> createState() => _LiveDonationPageState();
}

class _LiveDonationPageState extends State<LiveDonationPage> {
  final _raised = ValueNotifier<double>(0);
  StreamSubscription<double>? _subscription;

  @override
  void initState() {
    super.initState();
    _subscription = widget.donations.listen((amount) => _raised.value += amount);
  }

  @override
  void dispose() {
    _subscription?.cancel();
    _raised.dispose();
    super.dispose();
  }

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text(widget.campaignTitle)),
      body: Column(
        children: [
          const SizedBox(height: 24),
          // toplanan tutari yaz ('1250 ₺ toplandı' gibi); her bagista sayfanin tamami degil sadece bu yazi yenilensin
          Text('Hedef: ${widget.goal.toStringAsFixed(0)} ₺'),
          const Divider(height: 32),
          Expanded(
            child: GridView.count(
              crossAxisCount: 3,
              padding: const EdgeInsets.all(16),
              children: [
                for (final logo in widget.sponsorLogos) Image.network(logo, fit: BoxFit.contain),
              ],
            ),
          ),
        ],
      ),
    );
  }
}
""", r"""
ValueListenableBuilder<double>(
  valueListenable: _raised,
  builder: (context, raised, child) => Text(
    '${raised.toStringAsFixed(0)} ₺ toplandı',
    style: Theme.of(context).textTheme.headlineMedium,
  ),
),
""", ["ValueListenableBuilder | ListenableBuilder | AnimatedBuilder", "_raised"],
    must_not=["setState"],
    checks=["literal 'toplandı'"])

# ================================================================ argument

row("forms", "argument", r"""
import 'package:flutter/material.dart';

class NewsletterSignup extends StatefulWidget {
  const NewsletterSignup({super.key, required this.onSubscribe});

  final Future<void> Function(String email) onSubscribe;

  @override
  State<NewsletterSignup> createState() => _NewsletterSignupState();
}

class _NewsletterSignupState extends State<NewsletterSignup> {
  final _formKey = GlobalKey<FormState>();
  final _emailController = TextEditingController();

  @override
  void dispose() {
    _emailController.dispose();
    super.dispose();
  }

  Future<void> _submit() async {
    if (!_formKey.currentState!.validate()) return;
    await widget.onSubscribe(_emailController.text.trim());
    if (!mounted) return;
    ScaffoldMessenger.of(context).showSnackBar(
      const SnackBar(content: Text('Bültene kaydoldunuz')),
    );
  }

  @override
  Widget build(BuildContext context) {
    return Card(
      child: Padding(
        padding: const EdgeInsets.all(16),
        child: Form(
          key: _formKey,
          child: Column(
            children: [
              const Text('Yeni sergilerden ilk siz haberdar olun'),
              const SizedBox(height: 8),
              TextFormField(
                controller: _emailController,
                decoration: const InputDecoration(
                  labelText: 'E-posta',
                  prefixIcon: Icon(Icons.mail_outline),
                ),
                // e-posta klavyesi açılsın, otomatik düzeltme kapalı olsun, klavyedeki tamam tuşu formu göndersin
                validator: (v) => (v != null && v.contains('@')) ? null : 'Geçerli bir e-posta girin',
              ),
              const SizedBox(height: 12),
              FilledButton(onPressed: _submit, child: const Text('Kaydol')),
            ],
          ),
        ),
      ),
    );
  }
}
""", r"""
keyboardType: TextInputType.emailAddress,
autocorrect: false,
textInputAction: TextInputAction.done,
onFieldSubmitted: (_) => _submit(),
""", ["keyboardType: TextInputType.emailAddress", "autocorrect: false", "onFieldSubmitted | onEditingComplete",
      "_submit"])

row("http_json", "argument", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class DonorSummary {
  const DonorSummary({required this.name, required this.total});

  final String name;
  final double total;

  factory DonorSummary.fromJson(Map<String, dynamic> json) => DonorSummary(
        name: json['name'] as String? ?? 'Anonim',
        total: (json['total'] as num).toDouble(),
      );
}

class LeaderboardApi {
  LeaderboardApi({this.host = 'api.bagisla.org'});

  final String host;

  Future<List<DonorSummary>> topDonors(String campaignId, {int limit = 20, String period = 'month'}) async {
    final uri = Uri(
      scheme: 'https',
      host: host,
      path: '/v1/campaigns/$campaignId/top-donors',
      // limit ve period'u sorgu parametresi olarak ekle
    );
    final response = await http.get(uri);
    if (response.statusCode != 200) {
      throw Exception('Liste alınamadı (${response.statusCode})');
    }
    final list = jsonDecode(response.body) as List<dynamic>;
    return [for (final item in list) DonorSummary.fromJson(item as Map<String, dynamic>)];
  }
}
""", r"""
queryParameters: {'limit': '$limit', 'period': period},
""", ["queryParameters | query:"],
    must_not=[": limit ,", ": limit }"],
    checks=["literal 'limit'", "literal 'period'"])

row("animations", "argument", r"""
import 'package:flutter/material.dart';

class ExhibitMarker extends StatelessWidget {
  const ExhibitMarker({super.key, required this.number, required this.selected, required this.onTap});

  final int number;
  final bool selected;
  final VoidCallback onTap;

  @override
  Widget build(BuildContext context) {
    final scheme = Theme.of(context).colorScheme;
    return GestureDetector(
      onTap: onTap,
      child: AnimatedContainer(
        // seçilince 48, değilse 32 boyutunda olsun; 250 ms'de easeInOut ile büyüyüp küçülsün
        alignment: Alignment.center,
        decoration: BoxDecoration(
          shape: BoxShape.circle,
          color: selected ? scheme.primary : scheme.secondaryContainer,
          border: Border.all(color: scheme.outline),
        ),
        child: Text(
          '$number',
          style: TextStyle(
            color: selected ? scheme.onPrimary : scheme.onSecondaryContainer,
            fontWeight: FontWeight.bold,
          ),
        ),
      ),
    );
  }
}

class FloorPlan extends StatefulWidget {
  const FloorPlan({super.key, required this.positions, required this.onSelect});

  final List<Offset> positions;
  final ValueChanged<int> onSelect;

  @override
  State<FloorPlan> createState() => _FloorPlanState();
}

class _FloorPlanState extends State<FloorPlan> {
  int? _selected;

  @override
  Widget build(BuildContext context) {
    return Stack(
      children: [
        for (var i = 0; i < widget.positions.length; i++)
          Positioned(
            left: widget.positions[i].dx,
            top: widget.positions[i].dy,
            child: ExhibitMarker(
              number: i + 1,
              selected: _selected == i,
              onTap: () {
                setState(() => _selected = i);
                widget.onSelect(i);
              },
            ),
          ),
      ],
    );
  }
}
""", r"""
duration: const Duration(milliseconds: 250),
curve: Curves.easeInOut,
width: selected ? 48 : 32,
height: selected ? 48 : 32,
""", ["duration", "curve: Curves.easeInOut", "width | constraints", "height | constraints", "selected"],
    checks=["literal 250", "literal 48", "literal 32"])

row("performance", "argument", r"""
import 'package:flutter/material.dart';

class Donor {
  const Donor({required this.name, required this.city, required this.total});

  final String name;
  final String city;
  final double total;
}

class DonorListPage extends StatelessWidget {
  const DonorListPage({super.key, required this.donors});

  final List<Donor> donors;

  @override
  Widget build(BuildContext context) {
    return Scaffold(
      appBar: AppBar(title: Text('Bağışçılar (${donors.length})')),
      body: Scrollbar(
        interactive: true,
        child: ListView.builder(
          // binlerce satir var, hepsi 64 px yuksekliginde; scrollbar'la hizli atlarken flutter satirlari tek tek olcmesin
          itemCount: donors.length,
          itemBuilder: (context, index) {
            final donor = donors[index];
            return Container(
              height: 64,
              padding: const EdgeInsets.symmetric(horizontal: 16),
              child: Row(
                children: [
                  CircleAvatar(child: Text(donor.name.isEmpty ? '?' : donor.name[0])),
                  const SizedBox(width: 12),
                  Expanded(
                    child: Column(
                      mainAxisAlignment: MainAxisAlignment.center,
                      crossAxisAlignment: CrossAxisAlignment.start,
                      children: [
                        Text(donor.name, maxLines: 1, overflow: TextOverflow.ellipsis),
                        Text(donor.city, style: Theme.of(context).textTheme.bodySmall),
                      ],
                    ),
                  ),
                  Text('${donor.total.toStringAsFixed(0)} ₺'),
                ],
              ),
            );
          },
        ),
      ),
    );
  }
}
""", r"""
itemExtent: 64,
""", ["itemExtent | prototypeItem | itemExtentBuilder"],
    checks=["literal 64"])


ROWS.write()
