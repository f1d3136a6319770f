"""Screening benchmark: quality (recall, false positives) and speed, beside two peers.

Peers, measured in the same run on the same queries:

- nomenklatura ``logic-v2`` (the OpenSanctions/yente matcher) at yente's default threshold
  0.70, on FollowTheMoney entities (the query gets the listed entry's schema, ``Person`` for
  the negatives);
- rapidfuzz ``WRatio`` over every name of the list (brute force), threshold 85 (rapidfuzz has
  no default; 85 is the usual choice).

Quality, on the real lists (the newest UN list, and OFAC's SDN list):

- positives, leave-one-out: every alias, former name and original-script name of an entry is
  a query against the list with that one name removed (the entry keeps its other names); the
  entry must score at or above the threshold. Many aliases are not spellings of another name
  of the entry (nicknames, translations, unrelated false identities) and no name matcher can
  find them, so recall is also given on two subsets: ``close_spelling`` (an original-script
  name, or a token-sorted similarity of at least 80 with a remaining name) and ``pooled``
  (found by at least one of the three systems).
- negatives: full names generated from given/family name parts of the regions the lists cover,
  in Latin and in their own scripts (:data:`NAME_PARTS`, not drawn from the lists); a name
  whose parts are all parts of one listed name (in any order) is left out. Any entry at or
  above the threshold is a false positive. logic-v2 is too slow to score every entry for
  every negative: it scores the best few entries by WRatio and by unsc (``block``; a blocking
  step like yente's search index), so its false-positive rate is a lower bound.

Full mode: every UN positive, 100 negatives per region; on OFAC 1,000 sampled positives and
30 negatives per region. Quick mode: 150 UN positives, 10 negatives per region, no OFAC.

Positives and negatives are split in two halves by a hash: ``dev`` (where the default
threshold was chosen) and ``test`` (held out).

Speed (each part in a fresh process, so caches and peak memory are its own): the UN list on
one core and on all cores (``screen_file``), p50/p99 latency per query, against WRatio brute
force and logic-v2 brute force (both on a sample of the queries, per-query figures); and a
synthetic list of 1,000,000 person names (30,000 with ``--quick``): index build time, peak
RSS, throughput and latency.

Cross-list recall (both modes, :mod:`bench.screening_crosslist`): OFAC SDN persons found
on the UN list by name, for pairs chosen by date of birth and nationality alone.

False positives on an independent generator's names (:mod:`bench.screening_faker`): Faker's
people and firms in 34 locales, 300 per locale on each list (20 on the UN list with
``--quick``), scored as the negatives above.

Run: ``python -m bench screening`` (``--quick`` for a smaller run).
"""

from __future__ import annotations

import csv
import multiprocessing
import os
import random
import resource
import tempfile
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from unsc.sanctions import Entity, NameKind, Schema, load_list
from unsc.screening import (
    ALGORITHM,
    DEFAULT_THRESHOLD,
    Query,
    Screener,
    analyze,
    detect_script,
    screen_file,
)
from unsc.screening.namefields import query_forms

WRATIO_THRESHOLD = 85.0
LOGIC_V2_THRESHOLD = 0.70
SYSTEMS = ("unsc", "logic_v2", "wratio")
THRESHOLDS = {"unsc": DEFAULT_THRESHOLD, "logic_v2": LOGIC_V2_THRESHOLD, "wratio": WRATIO_THRESHOLD}
POSITIVE_KINDS = {
    NameKind.ALIAS_GOOD,
    NameKind.ALIAS_LOW,
    NameKind.FORMER,
    NameKind.ORIGINAL_SCRIPT,
}


def _words(text: str) -> list[str]:
    return text.split()


_ARABIC_GIVEN = _words(
    "Mohammed Ahmed Ali Omar Khalid Hassan Hussein Abdullah Yousef Ibrahim Mahmoud Mustafa "
    "Tariq Saeed Faisal Hamza Karim Nabil Walid Samir Adel Jamal Rami Ziad Bassam Hisham Majed "
    "Fahad Sultan Nasser Rashid Salem Abdulrahman Abdelaziz Yasser Marwan Anas Bilal"
)
# Name parts per region: given names, family names, optional middle names (a father's name,
# a patronymic), female forms, and how a full name is written.
NAME_PARTS: dict[str, dict[str, Any]] = {
    "arabic": {
        "given": _ARABIC_GIVEN,
        "female": _words("Fatima Aisha Mariam Layla Noor Huda Rania Salma Amal Zainab Khadija"),
        "middle": _ARABIC_GIVEN,
        "family": _words(
            "Al-Masri Haddad Khoury Saleh Hamdan Al-Otaibi Al-Qahtani Al-Harbi Al-Zahrani "
            "Mansour Darwish Barakat Jaber Sabbagh Najjar Khalil Abbas Suleiman Al-Amri "
            "Al-Shehri Qasim Hijazi Fakhoury Al-Tamimi Al-Jabouri Al-Dulaimi Al-Obaidi "
            "Al-Shammari Bakri Rahal Zoubi Odeh Hourani Al-Ahmar Al-Sharif Al-Baghdadi"
        ),
    },
    "arabic_script": {
        "given": _words(
            "محمد أحمد علي عمر خالد حسن حسين عبدالله يوسف إبراهيم محمود مصطفى طارق سعيد فيصل "
            "حمزة كريم نبيل وليد سمير عادل جمال رامي زياد هشام ماجد فهد سلطان ناصر راشد سالم"
        ),
        "female": _words("فاطمة عائشة مريم ليلى نور هدى رانيا سلمى أمل زينب"),
        "middle": _words("محمد أحمد علي عمر خالد حسن حسين عبدالله يوسف إبراهيم محمود سعيد"),
        "family": _words(
            "المصري حداد خوري صالح حمدان العتيبي القحطاني الحربي الزهراني منصور درويش بركات "
            "جابر صباغ نجار خليل عباس سليمان العمري الشهري قاسم حجازي التميمي الجبوري الدليمي "
            "العبيدي الشمري البكري رحال الزعبي عودة الحوراني"
        ),
    },
    "persian": {
        "given": _words(
            "Reza Ali Hossein Mehdi Amir Mohammad Hamid Saeed Majid Babak Farhad Kian Arash "
            "Dariush Kaveh Omid Navid Behrouz Alireza Mohsen Hassan Javad"
        ),
        "female": _words("Shirin Maryam Zahra Parisa Leila Fereshteh Nasrin Roya Azadeh"),
        "family": _words(
            "Ahmadi Hosseini Mohammadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Sadeghi "
            "Ghasemi Mousavi Kazemi Ebrahimi Akbari Nazari Shirazi Tehrani Esfahani Farahani "
            "Amini Bagheri Kiani Sohrabi Nikpour Sharifi Heidari Zamani"
        ),
    },
    "persian_script": {
        "given": _words(
            "رضا علی حسین مهدی امیر محمد حمید سعید مجید بابک فرهاد کیان آرش داریوش کاوه امید "
            "نوید بهروز علیرضا محسن"
        ),
        "female": _words("شیرین مریم زهرا پریسا لیلا فرشته نسرین رویا آزاده"),
        "family": _words(
            "احمدی حسینی محمدی رضایی مرادی کریمی جعفری رحیمی هاشمی صادقی قاسمی موسوی کاظمی "
            "ابراهیمی اکبری نظری شیرازی تهرانی اصفهانی فراهانی امینی باقری کیانی سهرابی"
        ),
    },
    "afghan": {
        "given": _words(
            "Ahmad Mohammad Gul Noor Zabihullah Hamidullah Najibullah Rahmatullah Sayed Wali "
            "Ghulam Abdul Hayatullah Khalil Nasir Jawad Farid Habib Shafiq Rahim Karim Aziz"
        ),
        "family": _words(
            "Ahmadzai Popalzai Barakzai Durrani Yousafzai Stanekzai Wardak Mangal Safi "
            "Shinwari Noorzai Achakzai Hotak Sherzad Alokozai Amiri Rahimi Sultani Hakimi "
            "Nazari Sadat Taniwal Momand Khogyani"
        ),
    },
    "pakistani": {
        "given": _words(
            "Imran Asif Shahid Tariq Bilal Usman Faisal Zubair Kamran Naveed Adnan Waqas "
            "Muhammad Junaid Salman Fahad Hamza Arslan"
        ),
        "female": _words("Ayesha Sana Hina Fatima Saima Nadia Mehwish Rabia"),
        "family": _words(
            "Khan Qureshi Chaudhry Malik Butt Sheikh Siddiqui Abbasi Mirza Raja Afridi Baig "
            "Hashmi Bhatti Awan Cheema Gondal Niazi Rana Javed"
        ),
    },
    "korean": {
        "order": "family_first",
        "family": _words(
            "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song "
            "Jeon Hong Ko Moon Yang Son Bae Ri Pak Choe Jong"
        ),
        "given": _words(
            "Min-jun Seo-yeon Ji-hoon Soo-jin Hyun-woo Ji-woo Dong-hyun Eun-ji Sung-min Young-ho "
            "Jae-won Hye-jin Sang-woo Mi-young Jin-woo Kyung-soo Yoo-jin Ha-eun Do-yun "
            "Seung-hoon Jun-seo Chae-won Ye-jin Min-seo Tae-hyun Ji-ho"
        ),
    },
    "korean_hangul": {
        "order": "family_first",
        "joined": True,
        "family": _words(
            "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 고 문 양 손 배"
        ),
        "given": _words(
            "민준 서연 지훈 수진 현우 지우 동현 은지 성민 영호 재원 혜진 상우 미영 진우 경수 "
            "유진 하은 도윤 승훈 준서 채원 예진 민서 태현 지호"
        ),
    },
    "chinese": {
        "order": "family_first",
        "family": _words(
            "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo "
            "Zheng Liang Xie Song Tang"
        ),
        "given": _words(
            "Wei Fang Na Min Jing Lina Qiang Lei Jun Yang Yong Yan Jie Tao Ming Chao Xiuying "
            "Xia Ping Gang Hui Hongwei Jianguo Xiaoming Zhiqiang Haiyan Guiying"
        ),
    },
    "chinese_han": {
        "order": "family_first",
        "joined": True,
        "family": _words(
            "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐"
        ),
        "given": _words(
            "伟 芳 娜 敏 静 丽娜 强 磊 军 洋 勇 艳 杰 涛 明 超 秀英 霞 平 刚 辉 红伟 建国 晓明 志强"
        ),
    },
    "russian": {
        "given": _words(
            "Aleksandr Sergey Dmitriy Andrey Aleksey Maksim Ivan Mikhail Nikolay Pavel "
            "Vladimir Igor Oleg Yuriy Artem Viktor Roman Denis"
        ),
        "female": _words("Anna Elena Olga Natalya Tatyana Irina Svetlana Mariya Yekaterina"),
        "female_suffix": "a",
        "middle": _words(
            "Aleksandrovich Sergeyevich Dmitriyevich Andreyevich Ivanovich Mikhaylovich "
            "Nikolayevich Pavlovich Vladimirovich Igorevich Olegovich Viktorovich"
        ),
        "family": _words(
            "Ivanov Smirnov Kuznetsov Popov Vasilyev Petrov Sokolov Mikhaylov Novikov Fedorov "
            "Morozov Volkov Alekseyev Lebedev Semenov Yegorov Pavlov Kozlov Stepanov Nikolayev "
            "Orlov Andreyev Makarov Zakharov Zaytsev"
        ),
    },
    "russian_cyrillic": {
        "given": _words(
            "Александр Сергей Дмитрий Андрей Алексей Максим Иван Михаил Николай Павел Владимир "
            "Игорь Олег Юрий Артём Виктор Роман Денис"
        ),
        "female": _words("Анна Елена Ольга Наталья Татьяна Ирина Светлана Мария Екатерина"),
        "female_suffix": "а",
        "middle": _words(
            "Александрович Сергеевич Дмитриевич Андреевич Иванович Михайлович Николаевич "
            "Павлович Владимирович Игоревич Олегович Викторович"
        ),
        "family": _words(
            "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
            "Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев "
            "Орлов Андреев Макаров Захаров Зайцев"
        ),
    },
    "chechen_dagestani": {
        "given": _words(
            "Magomed Akhmed Ruslan Shamil Islam Aslan Ramzan Said Khasan Murad Zaur Timur "
            "Arsen Rustam Abdulla Ibragim"
        ),
        "middle": _words(
            "Magomedovich Akhmedovich Ruslanovich Shamilevich Saidovich Khasanovich "
            "Muradovich Abdullayevich"
        ),
        "family": _words(
            "Magomedov Akhmedov Aliyev Gadzhiyev Abdulayev Ibragimov Kadyrov Umarov Dudayev "
            "Saidov Khasanov Murtazaliyev Omarov Yusupov Israpilov Gasanov"
        ),
    },
    "somali": {
        "given": _words(
            "Abdi Abdirahman Mohamed Ahmed Hassan Ali Farah Omar Yusuf Ismail Abdullahi "
            "Hussein Osman Nur Liban Guled Warsame Abdiaziz Mahad"
        ),
        "female": _words("Hodan Fadumo Amina Halima Sahra Ifrah Hibo Asha Ubah"),
        "middle": _words("Mohamed Ahmed Hassan Ali Farah Omar Yusuf Ismail Abdullahi Hussein"),
        "family": _words(
            "Farah Warsame Jama Mohamud Hersi Egal Abdi Adan Dahir Guleid Samatar Yusuf Aden "
            "Elmi Gedi Shire Duale Abdille Hirsi Ugas"
        ),
    },
    "sahel_west_african": {
        "given": _words(
            "Amadou Moussa Ibrahim Oumar Boubacar Mamadou Souleymane Abdoulaye Seydou Issa "
            "Hamidou Adama Bakary Sekou Cheick Modibo Aliou Ousmane"
        ),
        "female": _words("Aminata Fatoumata Mariam Kadiatou Awa Oumou Salimata Rokia"),
        "family": _words(
            "Traore Diallo Coulibaly Keita Toure Maiga Cisse Sangare Konate Diarra Sidibe "
            "Camara Doumbia Sissoko Kone Ouedraogo Sawadogo Tall Ba Sow Dicko"
        ),
    },
    "congolese_central_african": {
        "given": _words(
            "Jean Pierre Joseph Patrick Emmanuel Christian Didier Fabrice Olivier Papy Cedric "
            "Tresor Blaise Fiston Gloire Heritier Faustin Firmin Thierry"
        ),
        "female": _words("Marie Grace Esther Chantal Nadine Josephine Arlette"),
        "family": _words(
            "Mukendi Kabongo Tshibangu Ilunga Kalala Mbuyi Kasongo Mutombo Ngoy Lukusa Mbala "
            "Nzuzi Makiese Lumbu Mwamba Banza Kazadi Malu Kanku Lokolo Matondo Ndjadi "
            "Yakete Ngaikosset Doko Gbaya"
        ),
    },
    "south_sudanese_sudanese": {
        "given": _words(
            "Deng Garang John Peter James Majok Akol Mabior Gabriel Simon Abdelrahim Osman "
            "Babiker Hamid Adam Yahya Ismail"
        ),
        "female": _words("Nyandeng Achol Rebecca Awut Nyibol"),
        "family": _words(
            "Deng Garang Malual Akech Mayen Kuol Bol Ajak Lual Atem Makuei Nyok Gatluak "
            "Babiker Elnour Osman Abakar Idriss Hamdan Elbashir"
        ),
    },
    "haitian": {
        "given": _words(
            "Jean Pierre Jacques Wilson Frantz Stanley Jean-Claude Rony Evens Kervens Junior "
            "Wisler Dieuseul"
        ),
        "female": _words("Marie Widline Nadege Rose Guerline Fabiola"),
        "family": _words(
            "Joseph Jean-Baptiste Pierre Louis Charles Etienne Desir Alexis Toussaint Francois "
            "Michel Augustin Celestin Exantus Dorcely Paul Saint-Fleur Lafortune"
        ),
    },
    "western": {
        "given": _words(
            "James John Robert Michael William David Richard Thomas Charles Daniel Matthew "
            "Mark Paul Andrew Peter Hans Juan Carlos Luis Marco"
        ),
        "female": _words("Mary Patricia Jennifer Linda Elizabeth Susan Sarah Laura Emma Giulia"),
        "family": _words(
            "Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez "
            "Anderson Taylor Thomas Moore Martin Jackson White Harris Clark Muller Schmidt "
            "Dubois Bernard Rossi Bianchi Fernandez Lopez Gonzalez Novak"
        ),
    },
}


def _half(key: str) -> str:
    return "dev" if zlib.crc32(key.encode()) % 2 == 0 else "test"


def _plain(text: str) -> str:
    """Case-folded words without punctuation: a neutral test of 'the same written name'."""
    from rapidfuzz import utils

    return utils.default_process(text)


def _flat_names(entities: list[Entity]) -> tuple[list[str], list[int], np.ndarray]:
    """Every name of every entry, its owner, and where each entry's names start."""
    names: list[str] = []
    owner: list[int] = []
    for k, e in enumerate(entities):
        for n in e.all_names():
            names.append(n)
            owner.append(k)
    starts = np.flatnonzero(np.r_[True, np.diff(np.asarray(owner)) != 0])
    return names, owner, starts


# Evaluation sets


def positives(entities: list[Entity]) -> list[dict[str, Any]]:
    """Leave-one-out queries: each alias / former / original-script name of an entry."""
    from rapidfuzz import fuzz

    out = []
    for k, e in enumerate(entities):
        seen: set[str] = set()
        for name in e.names:
            if name.kind not in POSITIVE_KINDS or name.full in seen:
                continue
            seen.add(name.full)
            others = [n for n in e.all_names() if n != name.full]
            if not others:
                continue
            plain = _plain(name.full)
            closest = max(fuzz.token_sort_ratio(plain, _plain(o)) for o in others)
            out.append(
                {
                    "entity": k,
                    "query": name.full,
                    "others": others,
                    "kind": str(name.kind),
                    "script": detect_script(name.full),
                    "schema": str(e.schema),
                    "split": _half(e.key),
                    "nontrivial": all(_plain(o) != plain for o in others),
                    "close_spelling": name.kind == NameKind.ORIGINAL_SCRIPT or closest >= 80,
                }
            )
    return out


def _compose(spec: dict[str, Any], rng: random.Random) -> str:
    female = "female" in spec and rng.random() < 0.35
    given = rng.choice(spec["female"] if female else spec["given"])
    family = rng.choice(spec["family"])
    if female:
        family += spec.get("female_suffix", "")
    if spec.get("order") == "family_first":
        return f"{family}{given}" if spec.get("joined") else f"{family} {given}"
    if "middle" in spec and rng.random() < 0.5:
        middle = rng.choice(spec["middle"])
        if female and spec.get("female_suffix"):
            middle = middle[: -len("ich")] + ("на" if spec["female_suffix"] == "а" else "na")
        return f"{given} {middle} {family}"
    return f"{given} {family}"


def listed_test(listed: Iterable[Entity]) -> Callable[[str], bool]:
    """A test of whether a name's parts are all parts of one listed name, in any order
    ("Carlos Garcia" and the listed "Carlos Alberto GARCIA", "He Jing" and "Jing HE"): a
    name-only screener must flag such a name, so it is no negative. Parts are compared as
    the unsc analyser spells them."""
    by_part: dict[str, list[frozenset[str]]] = defaultdict(list)
    for e in listed:
        for n in e.all_names():
            parts = frozenset(analyze(n).canon)
            for part in parts:
                by_part[part].append(parts)

    def is_listed(name: str) -> bool:
        parts = frozenset(analyze(name).canon)
        rarest = min(parts, key=lambda p: len(by_part.get(p, ())), default=None)
        return rarest is not None and any(parts <= other for other in by_part.get(rarest, ()))

    return is_listed


def negatives(
    listed: Iterable[Entity], per_region: int, seed: int = 20061014
) -> list[dict[str, Any]]:
    """Generated common full names per region that are not listed names
    (:func:`listed_test`)."""
    is_listed = listed_test(listed)
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for region, spec in NAME_PARTS.items():
        names: set[str] = set()
        for _ in range(per_region * 30):
            if len(names) >= per_region:
                break
            name = _compose(spec, rng)
            if not is_listed(name):
                names.add(name)
        out.extend(
            {"query": n, "region": region, "script": detect_script(n), "split": _half(n)}
            for n in sorted(names)
        )
    return out


# Scoring each system


class LogicV2:
    """nomenklatura's logic-v2 on FollowTheMoney entities.

    nomenklatura caches name analysis by entity id, so every distinct set of names gets an id
    of its own (a query, an entry, an entry less one name).
    """

    _SCHEMAS: ClassVar[dict[Schema, str]] = {
        Schema.PERSON: "Person",
        Schema.ORGANIZATION: "Organization",
        Schema.VESSEL: "Vessel",
        Schema.AIRCRAFT: "Airplane",
    }

    def __init__(self) -> None:
        from nomenklatura.matching import LogicV2 as Algorithm
        from nomenklatura.matching import ScoringConfig

        self.algorithm = Algorithm
        self.config = ScoringConfig.defaults()
        self._ids = 0

    def entity(self, schema: str, names: list[str]) -> Any:
        from followthemoney import model

        self._ids += 1
        proxy = model.make_entity(schema)
        proxy.id = f"e{os.getpid()}-{self._ids}"
        proxy.add("name", names)
        return proxy

    def listed(self, e: Entity, names: list[str] | None = None) -> Any:
        schema = self._SCHEMAS.get(e.schema, "LegalEntity")
        return self.entity(schema, e.all_names() if names is None else names)

    def score(self, query: Any, candidate: Any) -> float:
        return float(self.algorithm.compare(query, candidate, self.config).score)


_LV2: LogicV2 | None = None
_LV2_ENTITIES: list[Entity] = []


def _lv2_task(task: tuple[str, str, list[tuple[int, list[str] | None]]]) -> float:
    """Best logic-v2 score of one query over some entries (each with its names, or all)."""
    assert _LV2 is not None
    text, schema, targets = task
    query = _LV2.entity(schema, [text])
    return max(
        (_LV2.score(query, _LV2.listed(_LV2_ENTITIES[k], names)) for k, names in targets),
        default=0.0,
    )


def _logic_v2_scores(entities: list[Entity], tasks: list[Any]) -> list[float]:
    """Run logic-v2 tasks on all cores (forked workers share the entities)."""
    global _LV2, _LV2_ENTITIES
    _LV2, _LV2_ENTITIES = LogicV2(), entities
    try:
        _lv2_task(("warm up", "Person", [(0, None)]))  # loads rigour's tables before forking
        workers = os.cpu_count() or 1
        if workers == 1 or len(tasks) < 50:
            return [_lv2_task(t) for t in tasks]
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            return pool.map(_lv2_task, tasks, chunksize=16)
    finally:
        _LV2, _LV2_ENTITIES = None, []


def _wratio_matrix(queries: list[str], names: list[str]) -> np.ndarray:
    from rapidfuzz import fuzz, process

    return process.cdist(
        [_plain(q) for q in queries],
        [_plain(n) for n in names],
        scorer=fuzz.WRatio,
        workers=-1,
        dtype=np.uint8,
    )


def score_all(
    entities: list[Entity],
    screener: Screener,
    pos: list[dict[str, Any]],
    neg: list[dict[str, Any]],
    block: tuple[int, int],
) -> None:
    """Add the ``unsc``, ``wratio`` and ``logic_v2`` score of each query (in place)."""
    from rapidfuzz import fuzz

    for p in pos:
        k, q = p["entity"], p["query"]
        forms = query_forms(q)  # the names the query gives, as screen reads them
        best = screener._name_scores(forms, skip=(k, q)) if forms else {}
        p["unsc"] = round(best.get(k, (0.0, 0, 0))[0], 4)
        query = _plain(q)
        p["wratio"] = max(fuzz.WRatio(query, _plain(o)) for o in p["others"])
    lv2 = _logic_v2_scores(
        entities,
        [
            (
                p["query"],
                LogicV2._SCHEMAS.get(Schema(p["schema"]), "LegalEntity"),
                [(p["entity"], p["others"])],
            )
            for p in pos
        ],
    )
    for p, s in zip(pos, lv2, strict=True):
        p["logic_v2"] = s

    names, _, starts = _flat_names(entities)
    top_wr: list[list[int]] = []
    for lo in range(0, len(neg), 500):
        chunk = neg[lo : lo + 500]
        matrix = _wratio_matrix([n["query"] for n in chunk], names)
        per_entity = np.maximum.reduceat(matrix, starts, axis=1)
        for n, row in zip(chunk, per_entity, strict=True):
            n["wratio"] = float(row.max())
            top_wr.append(np.argsort(-row, kind="stable")[: block[0]].tolist())
    tasks = []
    for n, block in zip(neg, top_wr, strict=True):
        forms = query_forms(n["query"])
        best = screener._name_scores(forms) if forms else {}
        n["unsc"] = round(max((v[0] for v in best.values()), default=0.0), 4)
        ours = sorted(best, key=lambda k: -best[k][0])[: block[1]]
        if ours:
            top = best[ours[0]]
            n["unsc_hit"] = [entities[ours[0]].ref, screener.index.forms[top[2]].text]
        targets = sorted(set(block) | set(ours))
        tasks.append((n["query"], "Person", [(k, None) for k in targets]))
    for n, s in zip(neg, _logic_v2_scores(entities, tasks), strict=True):
        n["logic_v2"] = s


# Quality tables


def _rate(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 4) if flags else None


def _recall(pos: list[dict[str, Any]], system: str) -> float | None:
    return _rate([p[system] >= THRESHOLDS[system] for p in pos])


def _fpr(neg: list[dict[str, Any]], system: str) -> float | None:
    return _rate([n[system] >= THRESHOLDS[system] for n in neg])


def _groups(rows: list[dict[str, Any]], key: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        out[r[key]].append(r)
    return dict(sorted(out.items()))


def quality_table(
    entities: list[Entity], pos: list[dict[str, Any]], neg: list[dict[str, Any]]
) -> dict[str, Any]:
    for p in pos:
        p["pooled"] = any(p[s] >= THRESHOLDS[s] for s in SYSTEMS)
    table: dict[str, Any] = {}
    for system in SYSTEMS:
        row: dict[str, Any] = {"threshold": THRESHOLDS[system]}
        for split in ("all", "dev", "test"):
            ps = [p for p in pos if split in ("all", p["split"])]
            ns = [n for n in neg if split in ("all", n["split"])]
            row[split] = {
                "recall": _recall(ps, system),
                "recall_close_spelling": _recall([p for p in ps if p["close_spelling"]], system),
                "recall_pooled": _recall([p for p in ps if p["pooled"]], system),
                "false_positive_rate": _fpr(ns, system),
            }
        row["recall_by_script"] = {s: _recall(g, system) for s, g in _groups(pos, "script").items()}
        row["recall_by_kind"] = {s: _recall(g, system) for s, g in _groups(pos, "kind").items()}
        row["fpr_by_script"] = {s: _fpr(g, system) for s, g in _groups(neg, "script").items()}
        row["fpr_by_region"] = {s: _fpr(g, system) for s, g in _groups(neg, "region").items()}
        table[system] = row
    dev_p = [p for p in pos if p["split"] == "dev"]
    dev_n = [n for n in neg if n["split"] == "dev"]
    sweep = [
        {
            "threshold": round(float(t), 2),
            "recall": _rate([p["unsc"] >= t for p in dev_p]),
            "false_positive_rate": _rate([n["unsc"] >= t for n in dev_n]),
        }
        for t in np.arange(0.60, 0.97, 0.02)
    ]
    # Misses worth a look first: close spellings, then those logic-v2 finds.
    missed = sorted(
        (p for p in pos if p["unsc"] < DEFAULT_THRESHOLD and (p["pooled"] or p["close_spelling"])),
        key=lambda p: (not p["close_spelling"], -p["logic_v2"], p["unsc"], p["query"]),
    )
    false_pos = sorted((n for n in neg if n["unsc"] >= DEFAULT_THRESHOLD), key=lambda n: -n["unsc"])
    return {
        "systems": table,
        "counts": {
            "positives": len(pos),
            "positives_nontrivial": sum(p["nontrivial"] for p in pos),
            "positives_close_spelling": sum(p["close_spelling"] for p in pos),
            "positives_pooled": sum(p["pooled"] for p in pos),
            "negatives": len(neg),
            "positives_by_script": {s: len(g) for s, g in _groups(pos, "script").items()},
            "negatives_by_script": {s: len(g) for s, g in _groups(neg, "script").items()},
        },
        "unsc_dev_threshold_sweep": sweep,
        "unsc_missed_findable": {
            "count": len(missed),
            "examples": [
                {
                    "ref": entities[p["entity"]].ref,
                    "query": p["query"],
                    "kind": p["kind"],
                    "others": p["others"][:4],
                    "unsc": p["unsc"],
                    "logic_v2": round(p["logic_v2"], 3),
                    "wratio": p["wratio"],
                }
                for p in missed[:40]
            ],
        },
        "unsc_false_positives": {
            "count": len(false_pos),
            "examples": [
                {
                    "query": n["query"],
                    "region": n["region"],
                    "unsc": n["unsc"],
                    "listed": n.get("unsc_hit"),
                    "logic_v2": round(n["logic_v2"], 3),
                }
                for n in false_pos[:40]
            ],
        },
    }


def quality(
    dataset: str, *, positives_max: int | None, per_region: int, block: tuple[int, int]
) -> dict[str, Any]:
    """Recall and false-positive rate of the three systems on one list.

    ``positives_max`` samples the positives (all when None); ``per_region`` is the number of
    negatives per region; ``block`` the entries logic-v2 scores per negative.
    """
    started = time.perf_counter()
    snapshot = load_list(dataset)
    entities = list(snapshot.entities)
    screener = Screener(entities)
    pos = positives(entities)
    if positives_max is not None and len(pos) > positives_max:
        pos = random.Random(5).sample(pos, positives_max)
    neg = negatives(entities, per_region)
    score_all(entities, screener, pos, neg, block)
    out = quality_table(entities, pos, neg)
    out["list"] = {
        "dataset": snapshot.dataset,
        "generated": str(getattr(snapshot, "generated", "")),
        "entries": len(entities),
        "names": screener.index.size,
    }
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out


# Speed


def _timed(fn: Callable[[str], Any], queries: list[str], slowest: int = 0) -> dict[str, Any]:
    """Throughput and latency of ``fn`` over ``queries``; the ``slowest`` queries by name."""
    times = []
    started = time.perf_counter()
    for q in queries:
        t = time.perf_counter()
        fn(q)
        times.append(time.perf_counter() - t)
    total = time.perf_counter() - started
    ranked = sorted(times)
    out: dict[str, Any] = {
        "queries": len(queries),
        "queries_per_second": round(len(queries) / total, 1),
        "mean_ms": round(total / len(queries) * 1000, 3),
        "p50_ms": round(ranked[len(ranked) // 2] * 1000, 3),
        "p99_ms": round(ranked[min(len(ranked) - 1, int(len(ranked) * 0.99))] * 1000, 3),
    }
    if slowest:
        worst = sorted(zip(times, queries, strict=True), reverse=True)[:slowest]
        out["slowest"] = [[q, round(t * 1000, 1)] for t, q in worst]
    return out


def _typo(text: str, rng: random.Random) -> str:
    """One edit (drop, double or swap a letter): a query as users mistype it."""
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 2)
    op = rng.randrange(3)
    if op == 0:
        return text[:i] + text[i + 1 :]
    if op == 1:
        return text[:i] + text[i] + text[i:]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _rss_mb() -> float:
    """Peak resident memory of this process in MB.

    ``VmHWM`` where Linux has it: ``ru_maxrss`` survives exec, so a spawned child would
    report its parent's peak at fork time.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _speed_un(quick: bool) -> dict[str, Any]:
    """In a fresh process: unsc on one core and all cores, WRatio and logic-v2 brute force."""
    from rapidfuzz import fuzz, process

    entities = list(load_list("un_sc").entities)
    started = time.perf_counter()
    screener = Screener(entities)
    build = time.perf_counter() - started
    rng = random.Random(11)
    names = [n for e in entities for n in e.all_names()]
    listed = [_typo(n, rng) for n in names]
    unseen = [n["query"] for n in negatives([], 60 if quick else 400, seed=99)]
    queries = list(dict.fromkeys(listed + unseen))
    rng.shuffle(queries)
    queries = queries[: 600 if quick else 4000]
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "queries.csv", Path(tmp) / "out.csv"
        with src.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["name"])
            writer.writerows([q] for q in queries)
        summary = screen_file(src, dst, screener=screener, workers=0)
    screener.screen(Query(entities[0].name), limit=10)  # the first hit reads the regimes' YAML
    one = _timed(lambda q: screener.screen(Query(q), limit=10), queries, slowest=10)

    choices = [_plain(n) for n in names]
    wr_sample = queries[: 50 if quick else 500]
    wratio = _timed(
        lambda q: process.extract(_plain(q), choices, scorer=fuzz.WRatio, limit=10), wr_sample
    )
    lv2 = LogicV2()
    listed_entities = [lv2.listed(e) for e in entities]
    lv2.score(lv2.entity("Person", ["warm up"]), listed_entities[0])
    lv2_sample = queries[: 1 if quick else 5]
    logic_v2 = _timed(
        lambda q: [lv2.score(lv2.entity("Person", [q]), c) for c in listed_entities], lv2_sample
    )
    return {
        "list_entries": len(entities),
        "list_names": screener.index.size,
        "index_build_seconds": round(build, 3),
        "unsc_one_core": one,
        "unsc_all_cores": {
            "workers": summary["workers"],
            "queries": summary["queries"],
            "queries_per_second": summary["queries_per_second"],
        },
        "wratio_brute_force_one_core": wratio,
        "logic_v2_brute_force_one_core": logic_v2,
        "peer_note": "peers timed on the first queries of the same shuffled set (per query)",
        "speedup_vs_wratio": round(one["queries_per_second"] / wratio["queries_per_second"], 1),
        "speedup_vs_logic_v2": round(one["queries_per_second"] / logic_v2["queries_per_second"], 1),
        "logic_v2_ms_per_pair": round(1000 / logic_v2["queries_per_second"] / len(entities), 3),
        "peak_rss_mb": _rss_mb(),
    }


def synthetic_entities(count: int, seed: int = 42) -> list[Entity]:
    """``count`` person names: common given names of many regions, generated family names."""
    rng = random.Random(seed)
    latin = [s for r, s in NAME_PARTS.items() if detect_script(s["given"][0]) == "latin"]
    given = sorted({g for s in latin for g in s["given"] + s.get("female", [])})
    known_family = sorted({f for s in latin for f in s["family"]})
    onsets = _words("b c d f g h j k l m n p r s t v z kh sh ch zh th")
    vowels = _words("a e i o u ai ou ia")
    family = sorted(
        {
            "".join(
                rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(2, 3))
            ).capitalize()
            for _ in range(count // 4)
        }
        | set(known_family)
    )
    out = []
    for i in range(count):
        parts = [rng.choice(given)]
        if rng.random() < 0.4:
            parts.append(rng.choice(given))
        parts.append(rng.choice(family))
        out.append(
            Entity(dataset="synthetic", ref=f"S{i}", schema=Schema.PERSON, name=" ".join(parts))
        )
    return out


def _speed_synthetic(count: int, quick: bool) -> dict[str, Any]:
    """In a fresh process: build the index over ``count`` names, then screen against it."""
    from rapidfuzz import fuzz, process

    rss_start = _rss_mb()
    entities = synthetic_entities(count)
    rss_entities = _rss_mb()
    started = time.perf_counter()
    screener = Screener(entities)
    build = time.perf_counter() - started
    rss_built = _rss_mb()
    rng = random.Random(3)
    listed = [_typo(rng.choice(entities).name, rng) for _ in range(300 if quick else 800)]
    unseen = [n["query"] for n in negatives([], 10, seed=98)]
    queries = list(dict.fromkeys(listed + unseen))
    rng.shuffle(queries)
    screener.screen(Query(entities[0].name), limit=10)  # the first hit reads the regimes' YAML
    timing = _timed(lambda q: screener.screen(Query(q), limit=10), queries, slowest=10)
    choices = [_plain(e.name) for e in entities]
    wr_sample = queries[: 2 if quick else 5]
    wratio = _timed(
        lambda q: process.extract(_plain(q), choices, scorer=fuzz.WRatio, limit=10), wr_sample
    )
    return {
        "names": count,
        "index_build_seconds": round(build, 1),
        "rss_at_start_mb": rss_start,
        "rss_with_entities_mb": rss_entities,
        "rss_after_build_mb": rss_built,
        "peak_rss_mb": _rss_mb(),
        "unsc_one_core": timing,
        "wratio_brute_force_one_core": wratio,
        "speedup_vs_wratio": round(timing["queries_per_second"] / wratio["queries_per_second"], 1),
    }


def _fresh(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


# Report


def _fmt(value: float | None, pct: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value * 100:.2f}%" if pct else f"{value:.3f}"


def summary(result: dict[str, Any]) -> str:
    """A plain-text table of the headline figures."""
    lines = []
    for name, q in result["quality"].items():
        c = q["counts"]
        lines.append(f"quality on {name} ({c['positives']} positives, {c['negatives']} negatives):")
        lines.append(
            f"  ({c['positives_close_spelling']} close spellings, {c['positives_pooled']} found "
            "by at least one system; test = the held-out half)"
        )
        lines.append(
            f"  {'system':10} {'thr':>5} {'recall':>7} {'close':>7} {'pooled':>7} {'FPR':>7} "
            f"{'test close':>10} {'test FPR':>8}"
        )
        for system in SYSTEMS:
            row = q["systems"][system]
            lines.append(
                f"  {system:10} {row['threshold']:>5} {_fmt(row['all']['recall']):>7} "
                f"{_fmt(row['all']['recall_close_spelling']):>7} "
                f"{_fmt(row['all']['recall_pooled']):>7} "
                f"{_fmt(row['all']['false_positive_rate'], True):>7} "
                f"{_fmt(row['test']['recall_close_spelling']):>10} "
                f"{_fmt(row['test']['false_positive_rate'], True):>8}"
            )
        for system in SYSTEMS:
            scripts = q["systems"][system]["recall_by_script"]
            lines.append(
                f"  recall by script, {system}: "
                + ", ".join(f"{s} {_fmt(v)}" for s, v in scripts.items())
            )
        for system in SYSTEMS:
            scripts = q["systems"][system]["fpr_by_script"]
            lines.append(
                f"  FPR by script, {system}: "
                + ", ".join(f"{s} {_fmt(v, True)}" for s, v in scripts.items())
            )
    c = result["cross_list"]
    lines.append(
        f"cross-list recall, {c['pairs']} OFAC-UN pairs of one birth day and nationality: "
        + ", ".join(f"{system} {_fmt(v)}" for system, v in c["recall"].items())
    )
    for name, f in result["faker_negatives"].items():
        lines.append(
            f"false positives on {f['negatives']} Faker names of {f['locales']} locales "
            f"against {name}: "
            + ", ".join(
                f"{system} {f['false_positives'][system]} "
                f"({_fmt(f['false_positive_rate'][system], True)})"
                for system in SYSTEMS
            )
        )
    for name, e in result["edits"].items():
        lines.append(
            f"recall of {name}'s primary names edited as typed ({e['entries']} entries; "
            + " / ".join(SYSTEMS)
            + "):"
        )
        lines.extend(
            f"  {kind:18} {e['queries'][kind]:>5}  "
            + " / ".join(_fmt(recall[system]) for system in SYSTEMS)
            for kind, recall in e["recall"].items()
        )
    r = result["real_names"]
    f, p = r["not_listed"], r["press_variants"]
    lines.append(
        f"real names no list gives (unsc, both lists, with and without the schema): "
        f"{f['names_with_a_hit']} of {f['names']} meet an entry, {f['false_hits']} hits"
    )
    lines.append(
        f"listed names as the press and other lists write them: recall {p['recall']} of "
        f"{p['variants']}, ranked first {p['ranked_first']}"
    )
    s = result["speed_un"]
    lines.append(f"speed on the UN list ({s['list_names']} names):")
    for label, key in (
        ("unsc 1 core", "unsc_one_core"),
        ("WRatio brute", "wratio_brute_force_one_core"),
        ("logic-v2 brute", "logic_v2_brute_force_one_core"),
    ):
        t = s[key]
        lines.append(
            f"  {label:15} {t['queries_per_second']:>9} q/s  p50 {t['p50_ms']} ms  "
            f"p99 {t['p99_ms']} ms  ({t['queries']} queries)"
        )
    a = s["unsc_all_cores"]
    lines.append(
        f"  {'unsc all cores':15} {a['queries_per_second']:>9} q/s  ({a['workers']} workers)"
    )
    lines.append(
        f"  speed-up: x{s['speedup_vs_wratio']} vs WRatio, x{s['speedup_vs_logic_v2']} vs logic-v2"
    )
    y = result["speed_synthetic"]
    t = y["unsc_one_core"]
    lines.append(
        f"synthetic list of {y['names']:,} names: build {y['index_build_seconds']} s, "
        f"peak RSS {y['peak_rss_mb']} MB, {t['queries_per_second']} q/s, p50 {t['p50_ms']} ms, "
        f"p99 {t['p99_ms']} ms; x{y['speedup_vs_wratio']} vs WRatio"
    )
    return "\n".join(lines)


def run(quick: bool = False) -> dict[str, Any]:
    result: dict[str, Any] = {
        "command": "python -m bench screening" + (" --quick" if quick else ""),
        "algorithm": ALGORITHM,
        "default_threshold": DEFAULT_THRESHOLD,
        "peers": {
            "logic_v2": f"nomenklatura logic-v2, threshold {LOGIC_V2_THRESHOLD} (yente default)",
            "wratio": f"rapidfuzz WRatio brute force, threshold {WRATIO_THRESHOLD}",
        },
        "targets": {
            "recall": 0.98,
            "false_positive_rate": 0.001,
            "un_one_core_qps": 5000,
            "synthetic_1m_qps": 1000,
            "synthetic_1m_memory_mb": 4096,
        },
        "cores": os.cpu_count(),
    }
    started = time.perf_counter()
    if quick:
        result["quality"] = {
            "un_sc": quality("un_sc", positives_max=150, per_region=10, block=(3, 2))
        }
    else:
        result["quality"] = {
            "un_sc": quality("un_sc", positives_max=None, per_region=100, block=(8, 4)),
            "ofac_sdn": quality("ofac_sdn", positives_max=1000, per_region=30, block=(6, 3)),
        }
    from bench.screening_crosslist import cross_list
    from bench.screening_edits import edits_recall
    from bench.screening_faker import faker_false_positives
    from bench.screening_real import press_variants_recall, real_names_false_positives

    result["cross_list"] = cross_list()
    result["real_names"] = {
        "not_listed": real_names_false_positives(300 if quick else None),
        "press_variants": press_variants_recall(300 if quick else None),
    }
    result["faker_negatives"] = (
        {"un_sc": faker_false_positives("un_sc", 20, block=(3, 2))}
        if quick
        else {name: faker_false_positives(name, 300) for name in ("un_sc", "ofac_sdn")}
    )
    result["edits"] = (
        {"un_sc": edits_recall("un_sc", sample=150)}
        if quick
        else {"un_sc": edits_recall("un_sc"), "ofac_sdn": edits_recall("ofac_sdn", sample=1000)}
    )
    print(f"  quality done ({time.perf_counter() - started:.0f} s)", flush=True)
    # Quick mode stays in this process (rigour's tables are loaded already): its peak RSS
    # then includes the quality stage.
    result["speed_un"] = _speed_un(quick) if quick else _fresh(_speed_un, quick)
    print(f"  speed on the UN list done ({time.perf_counter() - started:.0f} s)", flush=True)
    result["speed_synthetic"] = _fresh(_speed_synthetic, 30_000 if quick else 1_000_000, quick)
    text = summary(result)
    print(text, flush=True)
    result["summary"] = text.splitlines()
    return result
