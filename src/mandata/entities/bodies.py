"""United Nations organs, offices, posts and agencies, and other organizations, in six languages.

Hand-written from the UN's terminology (UNTERM forms, the names the six language versions of GA
documents print) and the General Assembly's list of intergovernmental organizations with observer
status or a cooperation item on its agenda. Identifiers are stable and lower case: ``un:...`` for
the UN's own organs, offices, posts, funds, programmes and specialized agencies, ``org:...`` for
the others. Each body gives its names in each language (the first is its short name), written
in the nominative; the matcher adds the Russian cases and the Arabic attached particles.
Abbreviations match with their case ("UNODC", "ОДКБ"); names in any case. A former name maps
to the body that continues it, noted in ``note`` ("Department of Political Affairs" ->
``un:dppa``, "Organization of the Islamic Conference" -> ``org:oic``).

``CONDITIONAL`` lists phrases that name a body only after another one ("its Executive
Directorate" after the Counter-Terrorism Committee). ``OWNED_POSTS`` and ``POST_CONNECTORS``
describe "the Secretary-General of the Collective Security Treaty Organization": a post
followed (or, in Chinese, preceded) by an organization's name is that organization's, not the
UN's. ``BLOCKERS`` are phrases that contain a body's name and do not name it ("Assistant
Secretary-General", "Collective Security Council").
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Body:
    """One organ, office, post or organization: its names by language ("|"-separated)."""

    id: str
    names: dict[str, str]
    abbreviations: dict[str, str] = field(default_factory=dict)
    source: str = "un-curated"
    note: str = ""

    def forms(self, code: str) -> tuple[str, ...]:
        return tuple(n.strip() for n in self.names.get(code, "").split("|") if n.strip())

    def abbreviation_forms(self, code: str) -> tuple[str, ...]:
        return tuple(n.strip() for n in self.abbreviations.get(code, "").split("|") if n.strip())


UNTERM = "un-curated: UNTERM forms"
OBSERVER = "un-curated: GA observer or cooperation item; UNTERM forms"

BODIES: tuple[Body, ...] = (
    # --- principal organs and posts ------------------------------------------------------------
    Body(
        "un:secretary-general",
        {
            "en": "Secretary-General | Secretary General | Secretary-General of the United Nations"
            " | United Nations Secretary-General",
            "fr": "Secrétaire général | Secrétaire général de l'Organisation des Nations Unies"
            " | Secrétaire général de l'ONU",
            "es": "Secretario General | Secretario General de las Naciones Unidas",
            "ru": "Генеральный секретарь | Генеральный секретарь Организации Объединенных Наций",
            "ar": "الأمين العام | الأمين العام للأمم المتحدة",
            "zh": "秘书长 | 联合国秘书长",
        },
        source=UNTERM,
    ),
    Body(
        "un:deputy-secretary-general",
        {
            "en": "Deputy Secretary-General",
            "fr": "Vice-Secrétaire générale | Vice-Secrétaire général",
            "es": "Vicesecretaria General | Vicesecretario General",
            "ru": "первый заместитель Генерального секретаря",
            "ar": "نائبة الأمين العام | نائب الأمين العام",
            "zh": "常务副秘书长",
        },
        source=UNTERM,
    ),
    Body(
        "un:general-assembly",
        {
            "en": "General Assembly | United Nations General Assembly"
            " | General Assembly of the United Nations | Vice-President of the General Assembly",
            "fr": "Assemblée générale | Assemblée générale des Nations Unies"
            " | Vice-Président de l'Assemblée générale | Vice-Présidente de l'Assemblée générale",
            "es": "Asamblea General | Asamblea General de las Naciones Unidas",
            "ru": "Генеральная Ассамблея | Генеральная Ассамблея Организации Объединенных Наций"
            " | заместитель Председателя Генеральной Ассамблеи",
            "ar": "الجمعية العامة | الجمعية العامة للأمم المتحدة | نائب رئيس الجمعية العامة"
            " | نائبة رئيس الجمعية العامة",
            "zh": "大会 | 联合国大会",
        },
        source=UNTERM,
        note="a Vice-President of the Assembly names the Assembly (not its President)",
    ),
    Body(
        "un:pga",
        {
            "en": "President of the General Assembly",
            "fr": "Président de l'Assemblée générale | Présidente de l'Assemblée générale",
            "es": "Presidente de la Asamblea General | Presidenta de la Asamblea General",
            "ru": "Председатель Генеральной Ассамблеи",
            "ar": "رئيس الجمعية العامة | رئيسة الجمعية العامة",
            "zh": "大会主席",
        },
        source=UNTERM,
        note="President of the General Assembly",
    ),
    Body(
        "un:general-committee",
        {
            "en": "General Committee",
            "fr": "Bureau de l'Assemblée générale",
            "es": "Mesa de la Asamblea General",
            "ru": "Генеральный комитет",
            "ar": "مكتب الجمعية العامة",
            "zh": "总务委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:security-council",
        {
            "en": "Security Council | United Nations Security Council",
            "fr": "Conseil de sécurité",
            "es": "Consejo de Seguridad",
            "ru": "Совет Безопасности | Совет Безопасности Организации Объединенных Наций",
            "ar": "مجلس الأمن | مجلس الأمن التابع للأمم المتحدة",
            "zh": "安全理事会 | 安理会 | 联合国安全理事会",
        },
        source=UNTERM,
    ),
    Body(
        "un:ecosoc",
        {
            "en": "Economic and Social Council",
            "fr": "Conseil économique et social",
            "es": "Consejo Económico y Social",
            "ru": "Экономический и Социальный Совет",
            "ar": "المجلس الاقتصادي والاجتماعي",
            "zh": "经济及社会理事会 | 经社理事会",
        },
        {"en": "ECOSOC", "fr": "ECOSOC", "es": "ECOSOC", "ru": "ЭКОСОС"},
        source=UNTERM,
    ),
    Body(
        "un:trusteeship-council",
        {
            "en": "Trusteeship Council",
            "fr": "Conseil de tutelle",
            "es": "Consejo de Administración Fiduciaria",
            "ru": "Совет по Опеке",
            "ar": "مجلس الوصاية",
            "zh": "托管理事会",
        },
        source=UNTERM,
    ),
    Body(
        "un:icj",
        {
            "en": "International Court of Justice",
            "fr": "Cour internationale de Justice",
            "es": "Corte Internacional de Justicia",
            "ru": "Международный Суд",
            "ar": "محكمة العدل الدولية",
            "zh": "国际法院",
        },
        {"en": "ICJ", "fr": "CIJ", "es": "CIJ"},
        source=UNTERM,
    ),
    Body(
        "un:human-rights-council",
        {
            "en": "Human Rights Council",
            "fr": "Conseil des droits de l'homme",
            "es": "Consejo de Derechos Humanos",
            "ru": "Совет по правам человека",
            "ar": "مجلس حقوق الإنسان",
            "zh": "人权理事会",
        },
        source=UNTERM,
    ),
    # --- Main Committees of the General Assembly -----------------------------------------------
    Body(
        "un:first-committee",
        {
            "en": "First Committee | Disarmament and International Security Committee",
            "fr": "Première Commission",
            "es": "Primera Comisión",
            "ru": "Первый комитет",
            "ar": "اللجنة الأولى",
            "zh": "第一委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:second-committee",
        {
            "en": "Second Committee | Economic and Financial Committee",
            "fr": "Deuxième Commission",
            "es": "Segunda Comisión",
            "ru": "Второй комитет",
            "ar": "اللجنة الثانية",
            "zh": "第二委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:third-committee",
        {
            "en": "Third Committee | Social, Humanitarian and Cultural Committee",
            "fr": "Troisième Commission",
            "es": "Tercera Comisión",
            "ru": "Третий комитет",
            "ar": "اللجنة الثالثة",
            "zh": "第三委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:fourth-committee",
        {
            "en": "Fourth Committee | Special Political and Decolonization Committee",
            "fr": "Quatrième Commission",
            "es": "Cuarta Comisión",
            "ru": "Четвертый комитет",
            "ar": "اللجنة الرابعة",
            "zh": "第四委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:fifth-committee",
        {
            "en": "Fifth Committee | Administrative and Budgetary Committee",
            "fr": "Cinquième Commission",
            "es": "Quinta Comisión",
            "ru": "Пятый комитет",
            "ar": "اللجنة الخامسة",
            "zh": "第五委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:sixth-committee",
        {
            "en": "Sixth Committee | Legal Committee",
            "fr": "Sixième Commission",
            "es": "Sexta Comisión",
            "ru": "Шестой комитет",
            "ar": "اللجنة السادسة",
            "zh": "第六委员会",
        },
        source=UNTERM,
    ),
    # --- subsidiary and expert bodies ----------------------------------------------------------
    Body(
        "un:ctc",
        {
            "en": "Counter-Terrorism Committee | Counter Terrorism Committee",
            "fr": "Comité contre le terrorisme",
            "es": "Comité contra el Terrorismo",
            "ru": "Контртеррористический комитет",
            "ar": "لجنة مكافحة الإرهاب",
            "zh": "反恐怖主义委员会 | 反恐委员会",
        },
        {"en": "CTC"},
        source=UNTERM,
        note="the Security Council's Counter-Terrorism Committee (resolution 1373 (2001))",
    ),
    Body(
        "un:cted",
        {
            "en": "Counter-Terrorism Committee Executive Directorate"
            " | Executive Directorate of the Counter-Terrorism Committee",
            "fr": "Direction exécutive du Comité contre le terrorisme",
            "es": "Dirección Ejecutiva del Comité contra el Terrorismo",
            "ru": "Исполнительный директорат Контртеррористического комитета",
            "ar": "المديرية التنفيذية للجنة مكافحة الإرهاب",
            "zh": "反恐怖主义委员会执行局 | 反恐执行局",
        },
        {"en": "CTED", "fr": "DECT", "es": "DECT", "ru": "ИДКТК"},
        source=UNTERM,
    ),
    Body(
        "un:acabq",
        {
            "en": "Advisory Committee on Administrative and Budgetary Questions",
            "fr": "Comité consultatif pour les questions administratives et budgétaires",
            "es": "Comisión Consultiva en Asuntos Administrativos y de Presupuesto",
            "ru": "Консультативный комитет по административным и бюджетным вопросам",
            "ar": "اللجنة الاستشارية لشؤون الإدارة والميزانية",
            "zh": "行政和预算问题咨询委员会 | 行预咨委会",
        },
        {"en": "ACABQ", "fr": "CCQAB", "es": "CCAAP", "ru": "ККАБВ"},
        source=UNTERM,
    ),
    Body(
        "un:cpc",
        {
            "en": "Committee for Programme and Coordination",
            "fr": "Comité du programme et de la coordination",
            "es": "Comité del Programa y de la Coordinación",
            "ru": "Комитет по программе и координации",
            "ar": "لجنة البرنامج والتنسيق",
            "zh": "方案和协调委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:jiu",
        {
            "en": "Joint Inspection Unit",
            "fr": "Corps commun d'inspection",
            "es": "Dependencia Común de Inspección",
            "ru": "Объединенная инспекционная группа",
            "ar": "وحدة التفتيش المشتركة",
            "zh": "联合检查组",
        },
        {"en": "JIU", "fr": "CCI", "es": "DCI", "ru": "ОИГ"},
        source=UNTERM,
    ),
    Body(
        "un:ilc",
        {
            "en": "International Law Commission",
            "fr": "Commission du droit international",
            "es": "Comisión de Derecho Internacional",
            "ru": "Комиссия международного права",
            "ar": "لجنة القانون الدولي",
            "zh": "国际法委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:uncitral",
        {
            "en": "United Nations Commission on International Trade Law",
            "fr": "Commission des Nations Unies pour le droit commercial international",
            "es": "Comisión de las Naciones Unidas para el Derecho Mercantil Internacional",
            "ru": "Комиссия Организации Объединенных Наций по праву международной торговли",
            "ar": "لجنة الأمم المتحدة للقانون التجاري الدولي | الأونسيترال",
            "zh": "联合国国际贸易法委员会 | 贸易法委员会",
        },
        {"en": "UNCITRAL", "fr": "CNUDCI", "es": "CNUDMI", "ru": "ЮНСИТРАЛ"},
        source=UNTERM,
    ),
    Body(
        "un:peacebuilding-commission",
        {
            "en": "Peacebuilding Commission",
            "fr": "Commission de consolidation de la paix",
            "es": "Comisión de Consolidación de la Paz",
            "ru": "Комиссия по миростроительству",
            "ar": "لجنة بناء السلام",
            "zh": "建设和平委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:csw",
        {
            "en": "Commission on the Status of Women",
            "fr": "Commission de la condition de la femme",
            "es": "Comisión de la Condición Jurídica y Social de la Mujer",
            "ru": "Комиссия по положению женщин",
            "ar": "لجنة وضع المرأة",
            "zh": "妇女地位委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:cnd",
        {
            "en": "Commission on Narcotic Drugs",
            "fr": "Commission des stupéfiants",
            "es": "Comisión de Estupefacientes",
            "ru": "Комиссия по наркотическим средствам",
            "ar": "لجنة المخدرات",
            "zh": "麻醉药品委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:ccpcj",
        {
            "en": "Commission on Crime Prevention and Criminal Justice",
            "fr": "Commission pour la prévention du crime et la justice pénale",
            "es": "Comisión de Prevención del Delito y Justicia Penal",
            "ru": "Комиссия по предупреждению преступности и уголовному правосудию",
            "ar": "لجنة منع الجريمة والعدالة الجنائية",
            "zh": "预防犯罪和刑事司法委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:csocd",
        {
            "en": "Commission for Social Development",
            "fr": "Commission du développement social",
            "es": "Comisión de Desarrollo Social",
            "ru": "Комиссия социального развития",
            "ar": "لجنة التنمية الاجتماعية",
            "zh": "社会发展委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:cpd",
        {
            "en": "Commission on Population and Development",
            "fr": "Commission de la population et du développement",
            "es": "Comisión de Población y Desarrollo",
            "ru": "Комиссия по народонаселению и развитию",
            "ar": "لجنة السكان والتنمية",
            "zh": "人口与发展委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:statistical-commission",
        {
            "en": "Statistical Commission",
            "fr": "Commission de statistique",
            "es": "Comisión de Estadística",
            "ru": "Статистическая комиссия",
            "ar": "اللجنة الإحصائية",
            "zh": "统计委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:cstd",
        {
            "en": "Commission on Science and Technology for Development",
            "fr": "Commission de la science et de la technique au service du développement",
            "es": "Comisión de Ciencia y Tecnología para el Desarrollo",
            "ru": "Комиссия по науке и технике в целях развития",
            "ar": "لجنة تسخير العلم والتكنولوجيا لأغراض التنمية",
            "zh": "科学和技术促进发展委员会",
        },
        source=UNTERM,
    ),
    Body(
        "un:unff",
        {
            "en": "United Nations Forum on Forests",
            "fr": "Forum des Nations Unies sur les forêts",
            "es": "Foro de las Naciones Unidas sobre los Bosques",
            "ru": "Форум Организации Объединенных Наций по лесам",
            "ar": "منتدى الأمم المتحدة المعني بالغابات",
            "zh": "联合国森林论坛",
        },
        source=UNTERM,
    ),
    Body(
        "un:unpfii",
        {
            "en": "Permanent Forum on Indigenous Issues",
            "fr": "Instance permanente sur les questions autochtones",
            "es": "Foro Permanente para las Cuestiones Indígenas",
            "ru": "Постоянный форум по вопросам коренных народов",
            "ar": "المنتدى الدائم المعني بقضايا الشعوب الأصلية",
            "zh": "土著问题常设论坛",
        },
        source=UNTERM,
    ),
    # --- Secretariat departments and offices ---------------------------------------------------
    Body(
        "un:dppa",
        {
            "en": "Department of Political and Peacebuilding Affairs"
            " | Department of Political Affairs",
            "fr": "Département des affaires politiques et de la consolidation de la paix"
            " | Département des affaires politiques",
            "es": "Departamento de Asuntos Políticos y de Consolidación de la Paz"
            " | Departamento de Asuntos Políticos",
            "ru": "Департамент по политическим вопросам и миростроительству"
            " | Департамент по политическим вопросам",
            "ar": "إدارة الشؤون السياسية وبناء السلام | إدارة الشؤون السياسية",
            "zh": "政治和建设和平事务部 | 政治事务部",
        },
        {"en": "DPPA | DPA"},
        source=UNTERM,
        note="the Department of Political Affairs became the DPPA on 1 January 2019: same id",
    ),
    Body(
        "un:dpo",
        {
            "en": "Department of Peace Operations | Department of Peacekeeping Operations",
            "fr": "Département des opérations de paix"
            " | Département des opérations de maintien de la paix",
            "es": "Departamento de Operaciones de Paz"
            " | Departamento de Operaciones de Mantenimiento de la Paz",
            "ru": "Департамент операций по поддержанию мира | Департамент миротворческих операций",
            "ar": "إدارة عمليات السلام | إدارة عمليات حفظ السلام",
            "zh": "和平行动部 | 维持和平行动部 | 维和部",
        },
        {"en": "DPO | DPKO"},
        source=UNTERM,
        note="the Department of Peacekeeping Operations became the DPO in 2019: same id",
    ),
    Body(
        "un:dos",
        {
            "en": "Department of Operational Support | Department of Field Support",
            "fr": "Département de l'appui opérationnel | Département de l'appui aux missions",
            "es": "Departamento de Apoyo Operacional"
            " | Departamento de Apoyo a las Actividades sobre el Terreno",
            "ru": "Департамент операционной поддержки | Департамент полевой поддержки",
            "ar": "إدارة الدعم العملياتي | إدارة الدعم الميداني",
            "zh": "行动支助部 | 外勤支助部",
        },
        source=UNTERM,
        note="the Department of Field Support became the DOS in 2019: same id",
    ),
    Body(
        "un:desa",
        {
            "en": "Department of Economic and Social Affairs",
            "fr": "Département des affaires économiques et sociales",
            "es": "Departamento de Asuntos Económicos y Sociales",
            "ru": "Департамент по экономическим и социальным вопросам",
            "ar": "إدارة الشؤون الاقتصادية والاجتماعية",
            "zh": "经济和社会事务部 | 经社部",
        },
        {"en": "DESA", "fr": "DAES", "es": "DAES", "ru": "ДЭСВ"},
        source=UNTERM,
    ),
    Body(
        "un:dgacm",
        {
            "en": "Department for General Assembly and Conference Management",
            "fr": "Département de l'Assemblée générale et de la gestion des conférences",
            "es": "Departamento de la Asamblea General y de Gestión de Conferencias",
            "ru": "Департамент по делам Генеральной Ассамблеи и конференционному управлению",
            "ar": "إدارة شؤون الجمعية العامة والمؤتمرات",
            "zh": "大会和会议管理部 | 大会部",
        },
        {"en": "DGACM"},
        source=UNTERM,
    ),
    Body(
        "un:oda",
        {
            "en": "Office for Disarmament Affairs",
            "fr": "Bureau des affaires de désarmement",
            "es": "Oficina de Asuntos de Desarme",
            "ru": "Управление по вопросам разоружения",
            "ar": "مكتب شؤون نزع السلاح",
            "zh": "裁军事务厅",
        },
        source=UNTERM,
    ),
    Body(
        "un:ocha",
        {
            "en": "Office for the Coordination of Humanitarian Affairs",
            "fr": "Bureau de la coordination des affaires humanitaires",
            "es": "Oficina de Coordinación de Asuntos Humanitarios",
            "ru": "Управление по координации гуманитарных вопросов",
            "ar": "مكتب تنسيق الشؤون الإنسانية",
            "zh": "人道主义事务协调厅 | 人道协调厅",
        },
        {"en": "OCHA", "fr": "OCHA", "es": "OCAH", "ru": "УКГВ"},
        source=UNTERM,
    ),
    Body(
        "un:unoct",
        {
            "en": "United Nations Office of Counter-Terrorism | Office of Counter-Terrorism",
            "fr": "Bureau de lutte contre le terrorisme",
            "es": "Oficina de Lucha contra el Terrorismo",
            "ru": "Контртеррористическое управление",
            "ar": "مكتب مكافحة الإرهاب",
            "zh": "反恐怖主义办公室",
        },
        {"en": "UNOCT"},
        source=UNTERM,
    ),
    Body(
        "un:oios",
        {
            "en": "Office of Internal Oversight Services",
            "fr": "Bureau des services de contrôle interne",
            "es": "Oficina de Servicios de Supervisión Interna",
            "ru": "Управление служб внутреннего надзора",
            "ar": "مكتب خدمات الرقابة الداخلية",
            "zh": "内部监督事务厅 | 监督厅",
        },
        {"en": "OIOS", "fr": "BSCI", "es": "OSSI", "ru": "УСВН"},
        source=UNTERM,
    ),
    Body(
        "un:unodc",
        {
            "en": "United Nations Office on Drugs and Crime",
            "fr": "Office des Nations Unies contre la drogue et le crime",
            "es": "Oficina de las Naciones Unidas contra la Droga y el Delito",
            "ru": "Управление Организации Объединенных Наций по наркотикам и преступности",
            "ar": "مكتب الأمم المتحدة المعني بالمخدرات والجريمة | مكتب المخدرات والجريمة",
            "zh": "联合国毒品和犯罪问题办公室 | 毒品和犯罪问题办公室 | 禁毒办",
        },
        {"en": "UNODC", "fr": "ONUDC", "es": "UNODC", "ru": "ЮНОДК | УНП ООН"},
        source=UNTERM,
    ),
    Body(
        "un:ohchr",
        {
            "en": "Office of the United Nations High Commissioner for Human Rights"
            " | Office of the High Commissioner for Human Rights",
            "fr": "Haut-Commissariat des Nations Unies aux droits de l'homme"
            " | Haut-Commissariat aux droits de l'homme",
            "es": "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos"
            " | Oficina del Alto Comisionado para los Derechos Humanos",
            "ru": "Управление Верховного комиссара Организации Объединенных Наций по правам"
            " человека | Управление Верховного комиссара по правам человека",
            "ar": "مفوضية الأمم المتحدة السامية لحقوق الإنسان | مفوضية الأمم المتحدة لحقوق الإنسان"
            " | المفوضية السامية لحقوق الإنسان | مفوضية حقوق الإنسان",
            "zh": "联合国人权事务高级专员办事处 | 人权事务高级专员办事处 | 人权高专办",
        },
        {"en": "OHCHR", "fr": "HCDH", "es": "ACNUDH", "ru": "УВКПЧ"},
        source=UNTERM,
    ),
    Body(
        "un:high-commissioner-human-rights",
        {
            "en": "United Nations High Commissioner for Human Rights"
            " | High Commissioner for Human Rights",
            "fr": "Haut-Commissaire des Nations Unies aux droits de l'homme"
            " | Haute-Commissaire des Nations Unies aux droits de l'homme"
            " | Haut-Commissaire aux droits de l'homme | Haute-Commissaire aux droits de l'homme",
            "es": "Alto Comisionado de las Naciones Unidas para los Derechos Humanos"
            " | Alta Comisionada de las Naciones Unidas para los Derechos Humanos"
            " | Alto Comisionado para los Derechos Humanos"
            " | Alta Comisionada para los Derechos Humanos",
            "ru": "Верховный комиссар Организации Объединенных Наций по правам человека"
            " | Верховный комиссар по правам человека",
            "ar": "مفوض الأمم المتحدة السامي لحقوق الإنسان | مفوضة الأمم المتحدة السامية لحقوق الإنسان"
            " | المفوض السامي لحقوق الإنسان | المفوضة السامية لحقوق الإنسان",
            "zh": "联合国人权事务高级专员 | 人权事务高级专员 | 人权高专",
        },
        source=UNTERM,
    ),
    # --- funds and programmes ------------------------------------------------------------------
    Body(
        "un:undp",
        {
            "en": "United Nations Development Programme",
            "fr": "Programme des Nations Unies pour le développement",
            "es": "Programa de las Naciones Unidas para el Desarrollo",
            "ru": "Программа развития Организации Объединенных Наций",
            "ar": "برنامج الأمم المتحدة الإنمائي | البرنامج الإنمائي",
            "zh": "联合国开发计划署 | 开发计划署 | 开发署",
        },
        {"en": "UNDP", "fr": "PNUD", "es": "PNUD", "ru": "ПРООН"},
        source=UNTERM,
    ),
    Body(
        "un:unep",
        {
            "en": "United Nations Environment Programme | UN Environment",
            "fr": "Programme des Nations Unies pour l'environnement",
            "es": "Programa de las Naciones Unidas para el Medio Ambiente",
            "ru": "Программа Организации Объединенных Наций по окружающей среде",
            "ar": "برنامج الأمم المتحدة للبيئة | برنامج البيئة",
            "zh": "联合国环境规划署 | 环境规划署 | 环境署",
        },
        {"en": "UNEP", "fr": "PNUE", "es": "PNUMA", "ru": "ЮНЕП"},
        source=UNTERM,
    ),
    Body(
        "un:unicef",
        {
            "en": "United Nations Children's Fund",
            "fr": "Fonds des Nations Unies pour l'enfance",
            "es": "Fondo de las Naciones Unidas para la Infancia",
            "ru": "Детский фонд Организации Объединенных Наций",
            "ar": "منظمة الأمم المتحدة للطفولة | اليونيسيف",
            "zh": "联合国儿童基金会 | 儿童基金会 | 儿基会",
        },
        {"en": "UNICEF", "fr": "UNICEF", "es": "UNICEF", "ru": "ЮНИСЕФ"},
        source=UNTERM,
    ),
    Body(
        "un:unhcr",
        {
            "en": "Office of the United Nations High Commissioner for Refugees"
            " | United Nations High Commissioner for Refugees",
            "fr": "Haut-Commissariat des Nations Unies pour les réfugiés"
            " | Haut-Commissaire des Nations Unies pour les réfugiés",
            "es": "Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados"
            " | Alto Comisionado de las Naciones Unidas para los Refugiados",
            "ru": "Управление Верховного комиссара Организации Объединенных Наций по делам"
            " беженцев | Верховный комиссар Организации Объединенных Наций по делам беженцев",
            "ar": "مفوضية الأمم المتحدة لشؤون اللاجئين | مفوضية الأمم المتحدة السامية لشؤون"
            " اللاجئين | مفوض الأمم المتحدة السامي لشؤون اللاجئين",
            "zh": "联合国难民事务高级专员办事处 | 联合国难民事务高级专员 | 难民署",
        },
        {"en": "UNHCR", "fr": "HCR", "es": "ACNUR", "ru": "УВКБ"},
        source=UNTERM,
        note="the Office and the High Commissioner share one id",
    ),
    Body(
        "un:unfpa",
        {
            "en": "United Nations Population Fund",
            "fr": "Fonds des Nations Unies pour la population",
            "es": "Fondo de Población de las Naciones Unidas",
            "ru": "Фонд Организации Объединенных Наций в области народонаселения",
            "ar": "صندوق الأمم المتحدة للسكان",
            "zh": "联合国人口基金 | 人口基金",
        },
        {"en": "UNFPA", "fr": "FNUAP", "es": "UNFPA", "ru": "ЮНФПА"},
        source=UNTERM,
    ),
    Body(
        "un:wfp",
        {
            "en": "World Food Programme",
            "fr": "Programme alimentaire mondial",
            "es": "Programa Mundial de Alimentos",
            "ru": "Всемирная продовольственная программа",
            "ar": "برنامج الأغذية العالمي",
            "zh": "世界粮食计划署 | 粮食署",
        },
        {"en": "WFP", "fr": "PAM", "es": "PMA", "ru": "ВПП"},
        source=UNTERM,
    ),
    Body(
        "un:unaids",
        {
            "en": "Joint United Nations Programme on HIV/AIDS",
            "fr": "Programme commun des Nations Unies sur le VIH/sida",
            "es": "Programa Conjunto de las Naciones Unidas sobre el VIH/Sida",
            "ru": "Объединенная программа Организации Объединенных Наций по ВИЧ/СПИДу",
            "ar": "برنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة البشرية/الإيدز",
            "zh": "联合国艾滋病毒/艾滋病联合规划署 | 艾滋病规划署",
        },
        {"en": "UNAIDS", "fr": "ONUSIDA", "es": "ONUSIDA", "ru": "ЮНЭЙДС"},
        source=UNTERM,
    ),
    Body(
        "un:un-habitat",
        {
            "en": "United Nations Human Settlements Programme",
            "fr": "Programme des Nations Unies pour les établissements humains",
            "es": "Programa de las Naciones Unidas para los Asentamientos Humanos",
            "ru": "Программа Организации Объединенных Наций по населенным пунктам",
            "ar": "برنامج الأمم المتحدة للمستوطنات البشرية | موئل الأمم المتحدة",
            "zh": "联合国人类住区规划署 | 人居署",
        },
        {"en": "UN-Habitat", "fr": "ONU-Habitat", "es": "ONU-Hábitat", "ru": "ООН-Хабитат"},
        source=UNTERM,
    ),
    Body(
        "un:unwomen",
        {
            "en": "United Nations Entity for Gender Equality and the Empowerment of Women",
            "fr": "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes",
            "es": "Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento"
            " de las Mujeres",
            "ru": "Структура Организации Объединенных Наций по вопросам гендерного равенства и"
            " расширения прав и возможностей женщин",
            "ar": "هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة | هيئة الأمم المتحدة للمرأة",
            "zh": "联合国促进性别平等和增强妇女权能署 | 妇女署",
        },
        {
            "en": "UN-Women | UN Women",
            "fr": "ONU-Femmes",
            "es": "ONU-Mujeres",
            "ru": "ООН-женщины",
        },
        source=UNTERM,
    ),
    Body(
        "un:unctad",
        {
            "en": "United Nations Conference on Trade and Development",
            "fr": "Conférence des Nations Unies sur le commerce et le développement",
            "es": "Conferencia de las Naciones Unidas sobre Comercio y Desarrollo",
            "ru": "Конференция Организации Объединенных Наций по торговле и развитию",
            "ar": "مؤتمر الأمم المتحدة للتجارة والتنمية | الأونكتاد",
            "zh": "联合国贸易和发展会议 | 贸发会议",
        },
        {"en": "UNCTAD", "fr": "CNUCED", "es": "UNCTAD", "ru": "ЮНКТАД"},
        source=UNTERM,
    ),
    Body(
        "un:unrwa",
        {
            "en": "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
            "fr": "Office de secours et de travaux des Nations Unies pour les réfugiés de Palestine"
            " dans le Proche-Orient",
            "es": "Organismo de Obras Públicas y Socorro de las Naciones Unidas para los Refugiados"
            " de Palestina en el Cercano Oriente",
            "ru": "Ближневосточное агентство Организации Объединенных Наций для помощи"
            " палестинским беженцам и организации работ",
            "ar": "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى"
            " | الأونروا",
            "zh": "联合国近东巴勒斯坦难民救济和工程处 | 联合国近东巴勒斯坦难民救济与工程处"
            " | 近东救济工程处",
        },
        {"en": "UNRWA", "fr": "UNRWA", "es": "OOPS", "ru": "БАПОР"},
        source=UNTERM,
    ),
    Body(
        "un:unu",
        {
            "en": "United Nations University",
            "fr": "Université des Nations Unies",
            "es": "Universidad de las Naciones Unidas",
            "ru": "Университет Организации Объединенных Наций",
            "ar": "جامعة الأمم المتحدة",
            "zh": "联合国大学",
        },
        source=UNTERM,
    ),
    Body(
        "un:unitar",
        {
            "en": "United Nations Institute for Training and Research",
            "fr": "Institut des Nations Unies pour la formation et la recherche",
            "es": "Instituto de las Naciones Unidas para Formación Profesional e Investigaciones",
            "ru": "Учебный и научно-исследовательский институт Организации Объединенных Наций",
            "ar": "معهد الأمم المتحدة للتدريب والبحث",
            "zh": "联合国训练研究所 | 训研所",
        },
        {"en": "UNITAR", "fr": "UNITAR", "es": "UNITAR", "ru": "ЮНИТАР"},
        source=UNTERM,
    ),
    # --- regional commissions ------------------------------------------------------------------
    Body(
        "un:eca",
        {
            "en": "Economic Commission for Africa",
            "fr": "Commission économique pour l'Afrique",
            "es": "Comisión Económica para África",
            "ru": "Экономическая комиссия для Африки",
            "ar": "اللجنة الاقتصادية لأفريقيا",
            "zh": "非洲经济委员会 | 非洲经委会",
        },
        {"en": "ECA", "fr": "CEA", "es": "CEPA", "ru": "ЭКА"},
        source=UNTERM,
    ),
    Body(
        "un:ece",
        {
            "en": "Economic Commission for Europe",
            "fr": "Commission économique pour l'Europe",
            "es": "Comisión Económica para Europa",
            "ru": "Европейская экономическая комиссия",
            "ar": "اللجنة الاقتصادية لأوروبا",
            "zh": "欧洲经济委员会 | 欧洲经委会",
        },
        {"en": "ECE", "es": "CEPE", "ru": "ЕЭК"},
        source=UNTERM,
    ),
    Body(
        "un:eclac",
        {
            "en": "Economic Commission for Latin America and the Caribbean",
            "fr": "Commission économique pour l'Amérique latine et les Caraïbes",
            "es": "Comisión Económica para América Latina y el Caribe",
            "ru": "Экономическая комиссия для Латинской Америки и Карибского бассейна",
            "ar": "اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي",
            "zh": "拉丁美洲和加勒比经济委员会 | 拉加经委会",
        },
        {"en": "ECLAC", "fr": "CEPALC", "es": "CEPAL", "ru": "ЭКЛАК"},
        source=UNTERM,
    ),
    Body(
        "un:escap",
        {
            "en": "Economic and Social Commission for Asia and the Pacific",
            "fr": "Commission économique et sociale pour l'Asie et le Pacifique",
            "es": "Comisión Económica y Social para Asia y el Pacífico",
            "ru": "Экономическая и социальная комиссия для Азии и Тихого океана",
            "ar": "اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ",
            "zh": "亚洲及太平洋经济社会委员会 | 亚太经社会",
        },
        {"en": "ESCAP", "fr": "CESAP", "es": "CESPAP", "ru": "ЭСКАТО"},
        source=UNTERM,
    ),
    Body(
        "un:escwa",
        {
            "en": "Economic and Social Commission for Western Asia",
            "fr": "Commission économique et sociale pour l'Asie occidentale",
            "es": "Comisión Económica y Social para Asia Occidental",
            "ru": "Экономическая и социальная комиссия для Западной Азии",
            "ar": "اللجنة الاقتصادية والاجتماعية لغربي آسيا | الإسكوا",
            "zh": "西亚经济社会委员会 | 西亚经社会",
        },
        {"en": "ESCWA", "fr": "CESAO", "es": "CESPAO", "ru": "ЭСКЗА"},
        source=UNTERM,
    ),
    # --- specialized agencies and related organizations ----------------------------------------
    Body(
        "un:unesco",
        {
            "en": "United Nations Educational, Scientific and Cultural Organization",
            "fr": "Organisation des Nations Unies pour l'éducation, la science et la culture",
            "es": "Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura",
            "ru": "Организация Объединенных Наций по вопросам образования, науки и культуры",
            "ar": "منظمة الأمم المتحدة للتربية والعلم والثقافة | اليونسكو",
            "zh": "联合国教育、科学及文化组织 | 教科文组织",
        },
        {"en": "UNESCO", "fr": "UNESCO", "es": "UNESCO", "ru": "ЮНЕСКО"},
        source=UNTERM,
    ),
    Body(
        "un:who",
        {
            "en": "World Health Organization",
            "fr": "Organisation mondiale de la Santé",
            "es": "Organización Mundial de la Salud",
            "ru": "Всемирная организация здравоохранения",
            "ar": "منظمة الصحة العالمية",
            "zh": "世界卫生组织 | 世卫组织",
        },
        {"en": "WHO", "fr": "OMS", "es": "OMS", "ru": "ВОЗ"},
        source=UNTERM,
    ),
    Body(
        "un:fao",
        {
            "en": "Food and Agriculture Organization of the United Nations"
            " | Food and Agriculture Organization",
            "fr": "Organisation des Nations Unies pour l'alimentation et l'agriculture",
            "es": "Organización de las Naciones Unidas para la Alimentación y la Agricultura",
            "ru": "Продовольственная и сельскохозяйственная организация Объединенных Наций",
            "ar": "منظمة الأغذية والزراعة للأمم المتحدة | منظمة الأغذية والزراعة | الفاو",
            "zh": "联合国粮食及农业组织 | 粮食及农业组织 | 粮农组织",
        },
        {"en": "FAO", "fr": "FAO", "es": "FAO", "ru": "ФАО"},
        source=UNTERM,
    ),
    Body(
        "un:ilo",
        {
            "en": "International Labour Organization | International Labour Office",
            "fr": "Organisation internationale du Travail | Bureau international du Travail",
            "es": "Organización Internacional del Trabajo",
            "ru": "Международная организация труда",
            "ar": "منظمة العمل الدولية",
            "zh": "国际劳工组织 | 劳工组织",
        },
        {"en": "ILO", "fr": "OIT | BIT", "es": "OIT", "ru": "МОТ"},
        source=UNTERM,
    ),
    Body(
        "un:imo",
        {
            "en": "International Maritime Organization",
            "fr": "Organisation maritime internationale",
            "es": "Organización Marítima Internacional",
            "ru": "Международная морская организация",
            "ar": "المنظمة البحرية الدولية",
            "zh": "国际海事组织 | 海事组织",
        },
        {"en": "IMO", "fr": "OMI", "es": "OMI", "ru": "ИМО"},
        source=UNTERM,
    ),
    Body(
        "un:iaea",
        {
            "en": "International Atomic Energy Agency",
            "fr": "Agence internationale de l'énergie atomique",
            "es": "Organismo Internacional de Energía Atómica",
            "ru": "Международное агентство по атомной энергии",
            "ar": "الوكالة الدولية للطاقة الذرية",
            "zh": "国际原子能机构 | 原子能机构",
        },
        {"en": "IAEA", "fr": "AIEA", "es": "OIEA", "ru": "МАГАТЭ"},
        source=UNTERM,
    ),
    Body(
        "un:icao",
        {
            "en": "International Civil Aviation Organization",
            "fr": "Organisation de l'aviation civile internationale",
            "es": "Organización de Aviación Civil Internacional",
            "ru": "Международная организация гражданской авиации",
            "ar": "منظمة الطيران المدني الدولي",
            "zh": "国际民用航空组织 | 国际民航组织",
        },
        {"en": "ICAO", "fr": "OACI", "es": "OACI", "ru": "ИКАО"},
        source=UNTERM,
    ),
    Body(
        "un:itu",
        {
            "en": "International Telecommunication Union",
            "fr": "Union internationale des télécommunications",
            "es": "Unión Internacional de Telecomunicaciones",
            "ru": "Международный союз электросвязи",
            "ar": "الاتحاد الدولي للاتصالات",
            "zh": "国际电信联盟 | 国际电联",
        },
        {"en": "ITU", "fr": "UIT", "es": "UIT", "ru": "МСЭ"},
        source=UNTERM,
    ),
    Body(
        "un:upu",
        {
            "en": "Universal Postal Union",
            "fr": "Union postale universelle",
            "es": "Unión Postal Universal",
            "ru": "Всемирный почтовый союз",
            "ar": "الاتحاد البريدي العالمي",
            "zh": "万国邮政联盟 | 万国邮联",
        },
        {"en": "UPU", "fr": "UPU", "es": "UPU", "ru": "ВПС"},
        source=UNTERM,
    ),
    Body(
        "un:wmo",
        {
            "en": "World Meteorological Organization",
            "fr": "Organisation météorologique mondiale",
            "es": "Organización Meteorológica Mundial",
            "ru": "Всемирная метеорологическая организация",
            "ar": "المنظمة العالمية للأرصاد الجوية",
            "zh": "世界气象组织 | 气象组织",
        },
        {"en": "WMO", "fr": "OMM", "es": "OMM", "ru": "ВМО"},
        source=UNTERM,
    ),
    Body(
        "un:wipo",
        {
            "en": "World Intellectual Property Organization",
            "fr": "Organisation mondiale de la propriété intellectuelle",
            "es": "Organización Mundial de la Propiedad Intelectual",
            "ru": "Всемирная организация интеллектуальной собственности",
            "ar": "المنظمة العالمية للملكية الفكرية",
            "zh": "世界知识产权组织 | 知识产权组织",
        },
        {"en": "WIPO", "fr": "OMPI", "es": "OMPI", "ru": "ВОИС"},
        source=UNTERM,
    ),
    Body(
        "un:ifad",
        {
            "en": "International Fund for Agricultural Development",
            "fr": "Fonds international de développement agricole",
            "es": "Fondo Internacional de Desarrollo Agrícola",
            "ru": "Международный фонд сельскохозяйственного развития",
            "ar": "الصندوق الدولي للتنمية الزراعية",
            "zh": "国际农业发展基金 | 农发基金",
        },
        {"en": "IFAD", "fr": "FIDA", "es": "FIDA", "ru": "МФСР"},
        source=UNTERM,
    ),
    Body(
        "un:unido",
        {
            "en": "United Nations Industrial Development Organization",
            "fr": "Organisation des Nations Unies pour le développement industriel",
            "es": "Organización de las Naciones Unidas para el Desarrollo Industrial",
            "ru": "Организация Объединенных Наций по промышленному развитию",
            "ar": "منظمة الأمم المتحدة للتنمية الصناعية | اليونيدو",
            "zh": "联合国工业发展组织 | 工发组织",
        },
        {"en": "UNIDO", "fr": "ONUDI", "es": "ONUDI", "ru": "ЮНИДО"},
        source=UNTERM,
    ),
    Body(
        "un:unwto",
        {
            "en": "World Tourism Organization",
            "fr": "Organisation mondiale du tourisme",
            "es": "Organización Mundial del Turismo",
            "ru": "Всемирная туристская организация",
            "ar": "منظمة السياحة العالمية",
            "zh": "世界旅游组织",
        },
        {"en": "UNWTO", "fr": "OMT", "es": "OMT", "ru": "ЮНВТО"},
        source=UNTERM,
    ),
    Body(
        "un:world-bank",
        {
            "en": "World Bank | International Bank for Reconstruction and Development",
            "fr": "Banque mondiale"
            " | Banque internationale pour la reconstruction et le développement",
            "es": "Banco Mundial | Banco Internacional de Reconstrucción y Fomento",
            "ru": "Всемирный банк | Международный банк реконструкции и развития",
            "ar": "البنك الدولي | البنك الدولي للإنشاء والتعمير",
            "zh": "世界银行 | 国际复兴开发银行",
        },
        source=UNTERM,
    ),
    Body(
        "un:imf",
        {
            "en": "International Monetary Fund",
            "fr": "Fonds monétaire international",
            "es": "Fondo Monetario Internacional",
            "ru": "Международный валютный фонд",
            "ar": "صندوق النقد الدولي",
            "zh": "国际货币基金组织 | 货币基金组织",
        },
        {"en": "IMF", "fr": "FMI", "es": "FMI", "ru": "МВФ"},
        source=UNTERM,
    ),
    # --- other organizations (observers, cooperation items) ------------------------------------
    Body(
        "org:csto",
        {
            "en": "Collective Security Treaty Organization | Collective Security Treaty Organisation",
            "fr": "Organisation du Traité de sécurité collective",
            "es": "Organización del Tratado de Seguridad Colectiva",
            "ru": "Организация Договора о коллективной безопасности",
            "ar": "منظمة معاهدة الأمن الجماعي",
            "zh": "集体安全条约组织 | 集安条约组织 | 集安组织",
        },
        {"en": "CSTO", "fr": "OTSC", "es": "OTSC", "ru": "ОДКБ"},
        source=OBSERVER + "; observer since resolution 59/50 (2 December 2004)",
    ),
    Body(
        "org:sco",
        {
            "en": "Shanghai Cooperation Organization | Shanghai Cooperation Organisation",
            "fr": "Organisation de Shanghai pour la coopération",
            "es": "Organización de Cooperación de Shanghái | Organización de Cooperación de Shanghai",
            "ru": "Шанхайская организация сотрудничества",
            "ar": "منظمة شانغهاي للتعاون",
            "zh": "上海合作组织 | 上合组织",
        },
        {"en": "SCO", "fr": "OCS", "es": "OCS", "ru": "ШОС"},
        source=OBSERVER,
    ),
    Body(
        "org:au",
        {
            "en": "African Union | Organization of African Unity",
            "fr": "Union africaine | Organisation de l'unité africaine",
            "es": "Unión Africana | Organización de la Unidad Africana",
            "ru": "Африканский союз | Организация африканского единства",
            "ar": "الاتحاد الأفريقي | منظمة الوحدة الأفريقية",
            "zh": "非洲联盟 | 非盟 | 非洲统一组织 | 非统组织",
        },
        {"en": "AU | OAU", "fr": "UA | OUA", "es": "UA | OUA", "ru": "АС | ОАЕ"},
        source=OBSERVER,
        note="the Organization of African Unity became the African Union in 2002: same id",
    ),
    Body(
        "org:osce",
        {
            "en": "Organization for Security and Co-operation in Europe"
            " | Organization for Security and Cooperation in Europe",
            "fr": "Organisation pour la sécurité et la coopération en Europe",
            "es": "Organización para la Seguridad y la Cooperación en Europa",
            "ru": "Организация по безопасности и сотрудничеству в Европе",
            "ar": "منظمة الأمن والتعاون في أوروبا",
            "zh": "欧洲安全与合作组织 | 欧安组织",
        },
        {"en": "OSCE", "fr": "OSCE", "es": "OSCE", "ru": "ОБСЕ"},
        source=OBSERVER,
    ),
    Body(
        "org:las",
        {
            "en": "League of Arab States | Arab League",
            "fr": "Ligue des États arabes | Ligue arabe",
            "es": "Liga de los Estados Árabes | Liga Árabe",
            "ru": "Лига арабских государств",
            "ar": "جامعة الدول العربية | الجامعة العربية",
            "zh": "阿拉伯国家联盟 | 阿盟",
        },
        {"en": "LAS", "ru": "ЛАГ"},
        source=OBSERVER,
    ),
    Body(
        "org:oic",
        {
            "en": "Organisation of Islamic Cooperation | Organization of Islamic Cooperation"
            " | Organization of the Islamic Conference | Organisation of the Islamic Conference",
            "fr": "Organisation de la coopération islamique | Organisation de la Conférence islamique",
            "es": "Organización de Cooperación Islámica | Organización de la Conferencia Islámica",
            "ru": "Организация исламского сотрудничества | Организация Исламская конференция",
            "ar": "منظمة التعاون الإسلامي | منظمة المؤتمر الإسلامي",
            "zh": "伊斯兰合作组织 | 伊斯兰会议组织",
        },
        {"en": "OIC", "fr": "OCI", "es": "OCI", "ru": "ОИС | ОИК"},
        source=OBSERVER,
        note="the Organization of the Islamic Conference was renamed in 2011: same id",
    ),
    Body(
        "org:eaeu",
        {
            "en": "Eurasian Economic Union",
            "fr": "Union économique eurasienne",
            "es": "Unión Económica Euroasiática",
            "ru": "Евразийский экономический союз",
            "ar": "الاتحاد الاقتصادي الأوراسي",
            "zh": "欧亚经济联盟",
        },
        {"en": "EAEU | EEU", "fr": "UEE", "es": "UEE", "ru": "ЕАЭС"},
        source=OBSERVER,
    ),
    Body(
        "org:eurasec",
        {
            "en": "Eurasian Economic Community",
            "fr": "Communauté économique eurasienne",
            "es": "Comunidad Económica Euroasiática",
            "ru": "Евразийское экономическое сообщество",
            "ar": "الجماعة الاقتصادية الأوروبية الآسيوية",
            "zh": "欧亚经济共同体",
        },
        {"en": "EurAsEC", "ru": "ЕврАзЭС"},
        source=OBSERVER,
        note="dissolved in 2015 when the Eurasian Economic Union began",
    ),
    Body(
        "org:eu",
        {
            "en": "European Union | European Community",
            "fr": "Union européenne | Communauté européenne",
            "es": "Unión Europea | Comunidad Europea",
            "ru": "Европейский союз | Европейское сообщество",
            "ar": "الاتحاد الأوروبي | الجماعة الأوروبية",
            "zh": "欧洲联盟 | 欧盟 | 欧洲共同体",
        },
        {"en": "EU", "fr": "UE", "es": "UE", "ru": "ЕС"},
        source=OBSERVER,
        note="the European Community's place went to the European Union in 2009: same id",
    ),
    Body(
        "org:asean",
        {
            "en": "Association of Southeast Asian Nations",
            "fr": "Association des nations de l'Asie du Sud-Est",
            "es": "Asociación de Naciones de Asia Sudoriental",
            "ru": "Ассоциация государств Юго-Восточной Азии",
            "ar": "رابطة أمم جنوب شرق آسيا",
            "zh": "东南亚国家联盟 | 东盟",
        },
        {"en": "ASEAN", "fr": "ASEAN", "es": "ASEAN", "ru": "АСЕАН"},
        source=OBSERVER,
    ),
    Body(
        "org:oas",
        {
            "en": "Organization of American States",
            "fr": "Organisation des États américains",
            "es": "Organización de los Estados Americanos",
            "ru": "Организация американских государств",
            "ar": "منظمة الدول الأمريكية",
            "zh": "美洲国家组织",
        },
        {"en": "OAS", "fr": "OEA", "es": "OEA", "ru": "ОАГ"},
        source=OBSERVER,
    ),
    Body(
        "org:caricom",
        {
            "en": "Caribbean Community",
            "fr": "Communauté des Caraïbes",
            "es": "Comunidad del Caribe",
            "ru": "Карибское сообщество",
            "ar": "الجماعة الكاريبية",
            "zh": "加勒比共同体 | 加共体",
        },
        {"en": "CARICOM", "fr": "CARICOM", "es": "CARICOM", "ru": "КАРИКОМ"},
        source=OBSERVER,
    ),
    Body(
        "org:ecowas",
        {
            "en": "Economic Community of West African States",
            "fr": "Communauté économique des États de l'Afrique de l'Ouest",
            "es": "Comunidad Económica de los Estados de África Occidental",
            "ru": "Экономическое сообщество западноафриканских государств",
            "ar": "الجماعة الاقتصادية لدول غرب أفريقيا",
            "zh": "西非国家经济共同体 | 西非经共体",
        },
        {"en": "ECOWAS", "fr": "CEDEAO", "es": "CEDEAO", "ru": "ЭКОВАС"},
        source=OBSERVER,
    ),
    Body(
        "org:eccas",
        {
            "en": "Economic Community of Central African States",
            "fr": "Communauté économique des États de l'Afrique centrale",
            "es": "Comunidad Económica de los Estados de África Central",
            "ru": "Экономическое сообщество центральноафриканских государств",
            "ar": "الجماعة الاقتصادية لدول وسط أفريقيا",
            "zh": "中部非洲国家经济共同体 | 中非经共体",
        },
        {"en": "ECCAS", "fr": "CEEAC", "es": "CEEAC", "ru": "ЭСЦАГ"},
        source=OBSERVER,
    ),
    Body(
        "org:sadc",
        {
            "en": "Southern African Development Community",
            "fr": "Communauté de développement de l'Afrique australe",
            "es": "Comunidad de África Meridional para el Desarrollo",
            "ru": "Сообщество по вопросам развития юга Африки",
            "ar": "الجماعة الإنمائية للجنوب الأفريقي",
            "zh": "南部非洲发展共同体 | 南共体",
        },
        {"en": "SADC", "fr": "SADC", "es": "SADC", "ru": "САДК"},
        source=OBSERVER,
    ),
    Body(
        "org:igad",
        {
            "en": "Intergovernmental Authority on Development",
            "fr": "Autorité intergouvernementale pour le développement",
            "es": "Autoridad Intergubernamental para el Desarrollo",
            "ru": "Межправительственная организация по вопросам развития",
            "ar": "الهيئة الحكومية الدولية المعنية بالتنمية",
            "zh": "政府间发展管理局",
        },
        {"en": "IGAD", "fr": "IGAD", "es": "IGAD", "ru": "ИГАД"},
        source=OBSERVER,
    ),
    Body(
        "org:cis",
        {
            "en": "Commonwealth of Independent States",
            "fr": "Communauté d'États indépendants",
            "es": "Comunidad de Estados Independientes",
            "ru": "Содружество Независимых Государств",
            "ar": "كومنولث الدول المستقلة | رابطة الدول المستقلة",
            "zh": "独立国家联合体 | 独联体",
        },
        {"en": "CIS", "fr": "CEI", "es": "CEI", "ru": "СНГ"},
        source=OBSERVER,
    ),
    Body(
        "org:ipu",
        {
            "en": "Inter-Parliamentary Union",
            "fr": "Union interparlementaire",
            "es": "Unión Interparlamentaria",
            "ru": "Межпарламентский союз",
            "ar": "الاتحاد البرلماني الدولي",
            "zh": "各国议会联盟 | 议会联盟",
        },
        {"en": "IPU", "fr": "UIP", "es": "UIP", "ru": "МПС"},
        source=OBSERVER,
    ),
    Body(
        "org:ioc",
        {
            "en": "International Olympic Committee",
            "fr": "Comité international olympique",
            "es": "Comité Olímpico Internacional",
            "ru": "Международный олимпийский комитет",
            "ar": "اللجنة الأولمبية الدولية",
            "zh": "国际奥林匹克委员会 | 国际奥委会",
        },
        {"fr": "CIO", "es": "COI", "ru": "МОК"},
        source=OBSERVER,
        note="no English abbreviation: 'IOC' is also UNESCO's Oceanographic Commission",
    ),
    Body(
        "org:icrc",
        {
            "en": "International Committee of the Red Cross",
            "fr": "Comité international de la Croix-Rouge",
            "es": "Comité Internacional de la Cruz Roja",
            "ru": "Международный комитет Красного Креста",
            "ar": "اللجنة الدولية للصليب الأحمر",
            "zh": "红十字国际委员会",
        },
        {"en": "ICRC", "fr": "CICR", "es": "CICR", "ru": "МККК"},
        source=OBSERVER,
    ),
    Body(
        "org:ifrc",
        {
            "en": "International Federation of Red Cross and Red Crescent Societies",
            "fr": "Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge",
            "es": "Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja",
            "ru": "Международная федерация обществ Красного Креста и Красного Полумесяца",
            "ar": "الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر",
            "zh": "红十字会与红新月会国际联合会",
        },
        {"en": "IFRC", "fr": "FICR", "es": "FICR"},
        source=OBSERVER,
    ),
    Body(
        "org:interpol",
        {
            "en": "International Criminal Police Organization",
            "fr": "Organisation internationale de police criminelle",
            "es": "Organización Internacional de Policía Criminal",
            "ru": "Международная организация уголовной полиции",
            "ar": "المنظمة الدولية للشرطة الجنائية | الإنتربول",
            "zh": "国际刑事警察组织 | 国际刑警组织",
        },
        {
            "en": "INTERPOL | Interpol",
            "fr": "INTERPOL | Interpol",
            "es": "INTERPOL | Interpol",
            "ru": "Интерпол",
        },
        source=OBSERVER,
    ),
    Body(
        "org:cica",
        {
            "en": "Conference on Interaction and Confidence-Building Measures in Asia",
            "fr": "Conférence pour l'interaction et les mesures de confiance en Asie",
            "es": "Conferencia sobre la Interacción y las Medidas de Fomento de la Confianza"
            " en Asia",
            "ru": "Совещание по взаимодействию и мерам доверия в Азии",
            "ar": "مؤتمر التفاعل وتدابير بناء الثقة في آسيا",
            "zh": "亚洲相互协作与信任措施会议 | 亚信会议",
        },
        {"en": "CICA", "fr": "CICA", "es": "CICA", "ru": "СВМДА"},
        source=OBSERVER,
    ),
    Body(
        "org:eco",
        {
            "en": "Economic Cooperation Organization",
            "fr": "Organisation de coopération économique",
            "es": "Organización de Cooperación Económica",
            "ru": "Организация экономического сотрудничества",
            "ar": "منظمة التعاون الاقتصادي",
            "zh": "经济合作组织",
        },
        {"en": "ECO", "fr": "OCE", "es": "OCE", "ru": "ОЭС"},
        source=OBSERVER,
    ),
    Body(
        "org:oecd",
        {
            "en": "Organisation for Economic Co-operation and Development"
            " | Organization for Economic Cooperation and Development",
            "fr": "Organisation de coopération et de développement économiques",
            "es": "Organización de Cooperación y Desarrollo Económicos",
            "ru": "Организация экономического сотрудничества и развития",
            "ar": "منظمة التعاون الاقتصادي والتنمية | منظمة التعاون والتنمية في الميدان الاقتصادي",
            "zh": "经济合作与发展组织 | 经合组织",
        },
        {"en": "OECD", "fr": "OCDE", "es": "OCDE", "ru": "ОЭСР"},
        source=OBSERVER,
    ),
    Body(
        "org:nato",
        {
            "en": "North Atlantic Treaty Organization",
            "fr": "Organisation du Traité de l'Atlantique Nord",
            "es": "Organización del Tratado del Atlántico Norte",
            "ru": "Организация Североатлантического договора",
            "ar": "منظمة حلف شمال الأطلسي | حلف شمال الأطلسي",
            "zh": "北大西洋公约组织 | 北约",
        },
        {"en": "NATO", "fr": "OTAN", "es": "OTAN", "ru": "НАТО"},
        source=UNTERM,
    ),
    Body(
        "org:coe",
        {
            "en": "Council of Europe",
            "fr": "Conseil de l'Europe",
            "es": "Consejo de Europa",
            "ru": "Совет Европы",
            "ar": "مجلس أوروبا",
            "zh": "欧洲委员会",
        },
        source=OBSERVER,
    ),
    Body(
        "org:oif",
        {
            "en": "International Organization of la Francophonie"
            " | Organisation internationale de la Francophonie",
            "fr": "Organisation internationale de la Francophonie",
            "es": "Organización Internacional de la Francofonía",
            "ru": "Международная организация франкоязычных стран",
            "ar": "المنظمة الدولية للفرانكفونية",
            "zh": "法语国家国际组织",
        },
        {"en": "OIF", "fr": "OIF", "es": "OIF", "ru": "МОФ"},
        source=OBSERVER,
    ),
    Body(
        "org:cplp",
        {
            "en": "Community of Portuguese-speaking Countries"
            " | Community of Portuguese-Speaking Countries",
            "fr": "Communauté des pays de langue portugaise",
            "es": "Comunidad de Países de Lengua Portuguesa",
            "ru": "Сообщество португалоязычных стран",
            "ar": "جماعة البلدان الناطقة بالبرتغالية",
            "zh": "葡萄牙语国家共同体 | 葡语国家共同体",
        },
        {"en": "CPLP", "fr": "CPLP", "es": "CPLP"},
        source=OBSERVER,
    ),
    Body(
        "org:bsec",
        {
            "en": "Organization of the Black Sea Economic Cooperation"
            " | Black Sea Economic Cooperation",
            "fr": "Organisation de coopération économique de la mer Noire",
            "es": "Organización de Cooperación Económica del Mar Negro",
            "ru": "Организация черноморского экономического сотрудничества",
            "ar": "منظمة التعاون الاقتصادي لمنطقة البحر الأسود",
            "zh": "黑海经济合作组织",
        },
        {"en": "BSEC", "fr": "OCEMN", "es": "OCEMN", "ru": "ОЧЭС"},
        source=OBSERVER,
    ),
    Body(
        "org:sica",
        {
            "en": "Central American Integration System",
            "fr": "Système d'intégration de l'Amérique centrale",
            "es": "Sistema de la Integración Centroamericana",
            "ru": "Центральноамериканская интеграционная система",
            "ar": "منظومة التكامل لأمريكا الوسطى",
            "zh": "中美洲一体化体系",
        },
        {"en": "SICA", "fr": "SICA", "es": "SICA"},
        source=OBSERVER,
    ),
    Body(
        "org:pif",
        {
            "en": "Pacific Islands Forum",
            "fr": "Forum des îles du Pacifique",
            "es": "Foro de las Islas del Pacífico",
            "ru": "Форум тихоокеанских островов",
            "ar": "منتدى جزر المحيط الهادئ",
            "zh": "太平洋岛屿论坛",
        },
        source=OBSERVER,
    ),
    Body(
        "org:aalco",
        {
            "en": "Asian-African Legal Consultative Organization",
            "fr": "Organisation juridique consultative pour les pays d'Asie et d'Afrique",
            "es": "Organización Consultiva Jurídica Asiático-Africana",
            "ru": "Афро-азиатская консультативно-правовая организация",
            "ar": "المنظمة الاستشارية القانونية الآسيوية الأفريقية",
            "zh": "亚非法律协商组织",
        },
        {"en": "AALCO"},
        source=OBSERVER,
    ),
    Body(
        "org:saarc",
        {
            "en": "South Asian Association for Regional Cooperation",
            "fr": "Association sud-asiatique de coopération régionale",
            "es": "Asociación del Asia Meridional para la Cooperación Regional",
            "ru": "Ассоциация регионального сотрудничества стран Южной Азии",
            "ar": "رابطة جنوب آسيا للتعاون الإقليمي",
            "zh": "南亚区域合作联盟 | 南盟",
        },
        {"en": "SAARC", "ru": "СААРК"},
        source=OBSERVER,
    ),
    Body(
        "org:gcc",
        {
            "en": "Cooperation Council for the Arab States of the Gulf | Gulf Cooperation Council",
            "fr": "Conseil de coopération des États arabes du Golfe",
            "es": "Consejo de Cooperación de los Estados Árabes del Golfo",
            "ru": "Совет сотрудничества арабских государств Залива",
            "ar": "مجلس التعاون لدول الخليج العربية | مجلس التعاون الخليجي",
            "zh": "海湾阿拉伯国家合作委员会 | 海湾合作委员会",
        },
        source=OBSERVER,
    ),
    Body(
        "org:sela",
        {
            "en": "Latin American and Caribbean Economic System",
            "fr": "Système économique latino-américain et caribéen",
            "es": "Sistema Económico Latinoamericano y del Caribe",
            "ru": "Латиноамериканская экономическая система",
            "ar": "المنظومة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي",
            "zh": "拉丁美洲和加勒比经济体系",
        },
        {"es": "SELA", "en": "SELA"},
        source=OBSERVER,
    ),
    Body(
        "org:iom",
        {
            "en": "International Organization for Migration",
            "fr": "Organisation internationale pour les migrations",
            "es": "Organización Internacional para las Migraciones",
            "ru": "Международная организация по миграции",
            "ar": "المنظمة الدولية للهجرة",
            "zh": "国际移民组织",
        },
        {"en": "IOM", "fr": "OIM", "es": "OIM", "ru": "МОМ"},
        source=OBSERVER,
    ),
    Body(
        "org:icc",
        {
            "en": "International Criminal Court",
            "fr": "Cour pénale internationale",
            "es": "Corte Penal Internacional",
            "ru": "Международный уголовный суд",
            "ar": "المحكمة الجنائية الدولية",
            "zh": "国际刑事法院",
        },
        {"en": "ICC", "fr": "CPI", "es": "CPI", "ru": "МУС"},
        source=OBSERVER,
    ),
    Body(
        "org:isa",
        {
            "en": "International Seabed Authority",
            "fr": "Autorité internationale des fonds marins",
            "es": "Autoridad Internacional de los Fondos Marinos",
            "ru": "Международный орган по морскому дну",
            "ar": "السلطة الدولية لقاع البحار",
            "zh": "国际海底管理局 | 海底管理局",
        },
        source=OBSERVER,
    ),
    Body(
        "org:itlos",
        {
            "en": "International Tribunal for the Law of the Sea",
            "fr": "Tribunal international du droit de la mer",
            "es": "Tribunal Internacional del Derecho del Mar",
            "ru": "Международный трибунал по морскому праву",
            "ar": "المحكمة الدولية لقانون البحار",
            "zh": "国际海洋法法庭",
        },
        source=OBSERVER,
    ),
    Body(
        "org:opcw",
        {
            "en": "Organisation for the Prohibition of Chemical Weapons"
            " | Organization for the Prohibition of Chemical Weapons",
            "fr": "Organisation pour l'interdiction des armes chimiques",
            "es": "Organización para la Prohibición de las Armas Químicas",
            "ru": "Организация по запрещению химического оружия",
            "ar": "منظمة حظر الأسلحة الكيميائية",
            "zh": "禁止化学武器组织 | 禁化武组织",
        },
        {"en": "OPCW", "fr": "OIAC", "es": "OPAQ", "ru": "ОЗХО"},
        source=OBSERVER,
    ),
    Body(
        "org:ctbto",
        {
            "en": "Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization"
            " | Comprehensive Nuclear-Test-Ban Treaty Organization",
            "fr": "Commission préparatoire de l'Organisation du Traité d'interdiction complète"
            " des essais nucléaires"
            " | Organisation du Traité d'interdiction complète des essais nucléaires",
            "es": "Comisión Preparatoria de la Organización del Tratado de Prohibición Completa"
            " de los Ensayos Nucleares"
            " | Organización del Tratado de Prohibición Completa de los Ensayos Nucleares",
            "ru": "Подготовительная комиссия Организации по Договору о всеобъемлющем запрещении"
            " ядерных испытаний"
            " | Организация по Договору о всеобъемлющем запрещении ядерных испытаний",
            "ar": "اللجنة التحضيرية لمنظمة معاهدة الحظر الشامل للتجارب النووية"
            " | منظمة معاهدة الحظر الشامل للتجارب النووية",
            "zh": "全面禁止核试验条约组织筹备委员会 | 全面禁止核试验条约组织",
        },
        {"en": "CTBTO", "fr": "OTICE", "es": "OTPCE", "ru": "ОДВЗЯИ"},
        source=OBSERVER,
    ),
    Body(
        "org:plo",
        {
            "en": "Palestine Liberation Organization",
            "fr": "Organisation de libération de la Palestine",
            "es": "Organización de Liberación de Palestina",
            "ru": "Организация освобождения Палестины",
            "ar": "منظمة التحرير الفلسطينية",
            "zh": "巴勒斯坦解放组织",
        },
        {"en": "PLO", "fr": "OLP", "es": "OLP", "ru": "ООП"},
        source=OBSERVER,
        note="observer entity until the State of Palestine took its place (resolution 67/19)",
    ),
    Body(
        "org:palestinian-authority",
        {
            "en": "Palestinian Authority | Palestinian National Authority",
            "fr": "Autorité palestinienne | Autorité nationale palestinienne",
            "es": "Autoridad Palestina | Autoridad Nacional Palestina",
            "ru": "Палестинская администрация | Палестинская национальная администрация",
            "ar": "السلطة الفلسطينية | السلطة الوطنية الفلسطينية",
            "zh": "巴勒斯坦权力机构 | 巴勒斯坦民族权力机构",
        },
        source=UNTERM,
        note="not the State of Palestine: Chinese writes the State's name inside it",
    ),
    Body(
        "org:wto",
        {
            "en": "World Trade Organization",
            "fr": "Organisation mondiale du commerce",
            "es": "Organización Mundial del Comercio",
            "ru": "Всемирная торговая организация",
            "ar": "منظمة التجارة العالمية",
            "zh": "世界贸易组织 | 世贸组织",
        },
        {"en": "WTO", "fr": "OMC", "es": "OMC", "ru": "ВТО"},
        source=UNTERM,
    ),
    Body(
        "org:smom",
        {
            "en": "Sovereign Military Order of Malta",
            "fr": "Ordre souverain militaire hospitalier de Saint-Jean de Jérusalem, de Rhodes"
            " et de Malte | Ordre souverain de Malte | Ordre souverain militaire de Malte",
            "es": "Soberana Orden Militar de Malta",
            "ru": "Суверенный военный Мальтийский орден",
            "ar": "منظمة فرسان مالطة العسكرية ذات السيادة | منظمة فرسان مالطة",
            "zh": "马耳他主权军事教团 | 马耳他骑士团",
        },
        source=OBSERVER,
    ),
)

# Phrases that name a body only after another body was named earlier in the same text.
# (language, phrase, id, id that must come first)
CONDITIONAL: tuple[tuple[str, str, str, str], ...] = (
    ("en", "its Executive Directorate", "un:cted", "un:ctc"),
    ("fr", "sa Direction exécutive", "un:cted", "un:ctc"),
    ("es", "su Dirección Ejecutiva", "un:cted", "un:ctc"),
    ("ru", "его Исполнительный директорат", "un:cted", "un:ctc"),
    ("ru", "его Исполнительного директората", "un:cted", "un:ctc"),
    ("ru", "его Исполнительному директорату", "un:cted", "un:ctc"),
    ("ru", "его Исполнительным директоратом", "un:cted", "un:ctc"),
    ("ru", "его Исполнительном директорате", "un:cted", "un:ctc"),
    ("ar", "مديريتها التنفيذية", "un:cted", "un:ctc"),
    ("zh", "其执行局", "un:cted", "un:ctc"),
)

# Posts that belong to the organization named right after them ("the Secretary-General of the
# Collective Security Treaty Organization") or, in Chinese, right before them ("集体安全条约组织
# 秘书长"): then the post names that organization, not the UN's.
OWNED_POSTS: frozenset[str] = frozenset({"un:secretary-general"})
# language -> (regex between the post and a following organization, regex between a preceding
# organization and the post); None where the language does not put it there.
POST_CONNECTORS: dict[str, tuple[str | None, str | None]] = {
    "en": (r"\s+of\s+(?:the\s+)?", None),
    "fr": (r"\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+)", None),
    "es": (r"\s+(?:de\s+la\s+|de\s+los\s+|de\s+las\s+|del\s+|de\s+)", None),
    "ru": (r"\s+", None),
    "ar": (r"\s+(?=ل)", None),
    "zh": (None, r"的?"),
}

# A post followed (Chinese: preceded) by a word that refers back to an organization named before
# ("the Secretary-General of the Authority", after the International Seabed Authority): the post
# is that organization's, not the UN's.
POST_BACKREFERENCES: dict[str, str] = {
    "en": r"\s+of\s+the\s+(?:Authority|Organization|Organisation|Agency|Union|Community)\b",
    "fr": r"\s+de\s+l['’]\s*(?:Autorité|Organisation|Agence|Union)\b|\s+de\s+la\s+Communauté\b",
    "es": r"\s+de\s+la\s+(?:Autoridad|Organización|Agencia|Unión|Comunidad)\b",
    "ru": r"\s+(?:Органа|Организации|Агентства|Союза|Сообщества)\b",
    "ar": r"\s+(?:لل)(?:سلطة|منظمة|وكالة|اتحاد|جماعة)\b",
    "zh": r"(?:管理局|组织|机构|联盟|共同体)的?$",
}

# Phrases that contain a body's name and do not name that body.
BLOCKERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Assistant Secretary-General",
        "Assistant Secretaries-General",
        "Under-Secretary-General",
        "Under-Secretaries-General",
        "Collective Security Council",
        "National Security Council",
    ),
    "fr": (
        "Secrétaire général adjoint",
        "Secrétaire générale adjointe",
        "Sous-Secrétaire général",
        "Sous-Secrétaire générale",
        "Conseil de sécurité collective",
        "Conseil de sécurité nationale",
    ),
    "es": (
        "Secretario General Adjunto",
        "Secretaria General Adjunta",
        "Consejo de Seguridad Colectiva",
        "Consejo de Seguridad Nacional",
    ),
    "ru": (
        "заместитель Генерального секретаря",
        "помощник Генерального секретаря",
    ),
    "ar": (
        "وكيل الأمين العام",
        "وكيلة الأمين العام",
        "الوكيل السابق للأمين العام",
        "الوكيلة السابقة للأمين العام",
        "مساعد الأمين العام",
        "مساعدة الأمين العام",
        "الأمين العام المساعد",
        "الأمينة العامة المساعدة",
        "مجلس الأمن الجماعي",
        "مجلس الأمن القومي",
        "مجلس الأمن الوطني",
    ),
    "zh": (
        "副秘书长",
        "助理秘书长",
        "集体安全理事会",
        "世界卫生大会",
        "卫生大会",
        "缔约国大会",
        "环境大会",
        "大会堂",
        # a conference, not the Assembly: "缔约方大会", "土著人民大会", "减灾大会", "本次大会"
        "方大会",
        "民大会",
        "灾大会",
        "次大会",
        "险大会",
        "展大会",
    ),
}
