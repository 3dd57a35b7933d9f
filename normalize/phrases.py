"""Boilerplate wording in the languages the pipeline meets (en, nb, nn, da, sv, de, fr, nl).

One regular expression per kind of boilerplate. The cleaner uses them on
elements with no telling markup, and the extractor uses them again on the
extracted text as a backstop, so the two can never disagree.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The words a site uses for its front page: breadcrumb roots ("Forside", "UCL Home"), logo link texts
# ("Örebro universitet, startsida") and page headings that are no unit's name.
HOME_WORDS = (
    "home", "home page", "homepage", "front page", "frontpage", "hjem", "heim", "forside", "forsiden", "forsida", "framside",
    "framsida", "startside", "startsiden", "startsida", "startsidan", "start", "hem", "startseite", "accueil",
)
HOME = "|".join(sorted((w.replace(" ", r"\s") for w in HOME_WORDS), key=len, reverse=True))
# A breadcrumb's home item, also one named after the site ("UCL Home", "Trinity Home").
HOME_ITEM = re.compile(rf"^(\S+\s)?({HOME})$", re.IGNORECASE)

SKIP_LINK = re.compile(
    r"^(skip (to|navigation)( the)?( main)? ?(content|navigation|menu)?|jump to (main )?content"
    r"|to (the )?main content|go to (main )?content|hopp (til|over)( hovedinnhold(et)?| innhold(et)?| navigasjon(en)?)?"
    r"|gå til (hoved)?(inn|ind)hold(et)?|til hovedinnhold(et)?|spring (til|over) ((hoved)?indhold(et)?|navigation(en)?)"
    r"|gå (direkt )?till (huvud)?innehåll(et)?|hoppa till (huvud)?innehåll(et)?|zum (haupt)?inhalt( springen)?"
    r"|direkt zum inhalt|aller au contenu( principal)?|passer au contenu|naar (de )?(hoofd)?inhoud"
    r"|ga (direct )?naar (de )?(hoofd)?inhoud)\s*$",
    _I,
)

LANGUAGE_SWITCH = re.compile(
    r"^((norwegian|english|nynorsk|bokmål|swedish|danish|german|french|dutch) version( of this (page|site))?"
    r"|(norsk|engelsk|nynorsk|bokmåls?|svensk|dansk|tysk) versjon( av (denne|dette) (sida|siden|nettstedet))?"
    r"|(engelsk|dansk|norsk) version( af denne side)?|(engelsk|svensk) version( av sidan)?"
    r"|på (norsk|nynorsk|bokmål|engelsk|svenska|dansk|engelska)|in english|auf deutsch|en français|in het nederlands"
    r"|english|norsk|svenska|dansk|deutsch|français|nederlands|this page in english|denne siden på engelsk"
    r"|deutsche version|englische version|version française|engelse versie|nederlandse versie)\s*$",
    _I,
)

_LOADING_WORD = (
    r"(loading|laster( inn)?|lastar( inn)?|henter|hentar|indlæser|laddar|hämtar|wird geladen|werden geladen|lädt|laden"
    r"|chargement( en cours)?|bezig met laden|wordt geladen)"
)
# "Loading ...", "Laster ...", or a few words around the loading word ending in an ellipsis
# ("Karte wird geladen ...", "Henter innhold ...").
LOADING = re.compile(
    rf"^({_LOADING_WORD}\s*(\.{{2,}}|…)?|(\w+\s+){{0,3}}{_LOADING_WORD}(\s+\w+){{0,3}}\s*(\.{{2,}}|…))\s*$",
    _I,
)
CREDIT = re.compile(
    r"^(photo|photograph|foto|fotograf|image|bilde|bild|illustrasjon|illustration|illustratie|kilde|source|credit)"
    r"s?\s*:\s*\S",
    _I,
)

SHARE = re.compile(
    r"^((share|del|dela|teilen|partager|delen)( (on|på|auf|sur|op|this|this page|this event|this article|denne siden"
    r"|denne sida|siden|artikkelen))?( (facebook|x|twitter|linkedin|e-?mail|e-?post|bluesky))?"
    r"|print( this (page|article))?|printer-friendly( version| page)?|print(able|er) version|utskriftsvenn?le[gi] versjon|printvenlig version|utskriftsvänlig version|druckversion|version imprimable|skriv ut( siden| sida)?|udskriv( siden)?|skriv ut sidan|(seite )?drucken"
    r"|imprimer( (la|cette) page)?|(pagina )?afdrukken"
    r"|(was|var|war|is) (this|denne|dette|den här|diese|dieser|deze) ?(page|side|sida|siden|sidan|seite|artikel|article"
    r"|pagina|information|informasjonen|informationen)? ?(helpful|useful|nyttig|til hjelp|till hjälp|hilfreich"
    r"|nuttig)\??|cette page vous a-t-elle été utile\s*\??"
    r"|(subscribe|sign up)( (to|for) (our |the )?newsletter)?|abonner( på (vårt )?nyhetsbrev)?|abonnez-vous"
    r"|tip a friend|tips (en venn|ein venn?)|tip en (ven|kollega)|tipsa en vän|send (this page )?to a (friend|colleague)"
    r"|send (siden|sida) til (en|ein|ei) (venn|ven|kollega)|skicka (sidan )?till en (vän|kollega)|seite empfehlen"
    r"|envoyer à un (ami|collègue)|send feedback|give feedback|gi tilbakemelding|ge återkoppling|giv feedback"
    r"|feedback geben|document actions|artikelaktionen|dokumenthandlinger)\s*$",
    _I,
)

SEE_ALSO = re.compile(
    r"^(see|read more|read more about|learn more about|find out more about|les mer( om)?|se|sjå|mer om|lue lisää"
    r"|läs mer( om)?|læs mere( om)?|mehr (über|zu)|en savoir plus|lees meer( over)?)\b",
    _I,
)

# Consent banners: a sentence that asks for consent, and the choices offered.
CONSENT = re.compile(
    r"(we (use|set|place|store) (\w+ ){0,3}cookies|this (web)?site (uses|sets|places) (\w+ ){0,4}cookies|cookies on this (web)?site|uses? cookies to"
    r"|by (clicking|continuing|using)[^.]{0,60}(cookies|consent)|cookie (settings|preferences|policy|consent)"
    r"|(accept|reject|allow|decline) (all |additional |optional |non-essential )*cookies|(necessary|essential"
    r"|analytics|additional) cookies"
    r"|informasjonskapsl(er|ar)|vi (bruker|brukar|nyttar|benytter) (\w+ ){0,2}cookies|vi (bruger|anvender)"
    r" (\w+ ){0,2}cookies|brug af cookies|vi använder (\w+ ){0,2}(kakor|cookies)"
    r"|webbplatsen använder (kakor|cookies)|wir (verwenden|nutzen|setzen) (\w+ ){0,2}cookies"
    r"|(hjemmesiden?|webstedet|siden|nettstedet|nettsiden|nettstaden|nettsida) (bruger|bruker|brukar|anvender|benytter"
    r"|nyttar) (\w+ ){0,2}cookies|diese (website|webseite|seite|internetseite) (verwendet|nutzt|benutzt) cookies|nous utilisons (\w+ ){0,2}(des )?cookies"
    r"|ce site utilise des cookies|w(ij|e) gebruiken (\w+ ){0,2}cookies|deze (web)?site gebruikt cookies"
    r"|(small|little) (data |text )?files (in|on) your (browser|device|computer)|små (data|tekst)?filer"
    r"|kleine (text)?dateien|(gemmer|lagrer|lagrar|sparar|speichert|stores?) (oplysninger|opplysninger|informasjon"
    r"|information|informationen|data) (i|in|on) (din|ihrem|your) (browser|nettleser|nettlesar|webbläsare|device)"
    r"|(trække|trekke|trekkje|dra tillbaka|widerrufen|withdraw)[^.]{0,30}(samtykke|samtycke|einwilligung|consent)"
    r"|(samtykke|samtycke|einwilligung|consent)[^.]{0,30}(widerrufen|tilbake|tilbage|tillbaka|withdraw))",
    _I,
)

# "By continuing you accept this": a notice that takes consent as given, which only a banner says.
IMPLIED_CONSENT = re.compile(
    r"by (continuing|using|browsing)[^.]{0,50}\byou( are)? (accept|agree|consent)(ing)?|ved (at|å) (fortsætte|fortsette|fortsetje|bruke"
    r"|bruge)[^.]{0,50}\b(accepterer|godkender|godtar|godtek|aksepterer|samtykker) du|genom att (fortsätta|använda)[^.]{0,50}"
    r"\b(godkänner|accepterar|samtycker) du|(durch die|bei) weitere(n)? nutzung[^.]{0,50}\b(stimmen sie|akzeptieren sie|erklären sie)"
    r"|en (poursuivant|continuant)[^.]{0,50}\bvous acceptez|door (verder te gaan|gebruik te maken|deze (web)?site te gebruiken)"
    r"[^.]{0,50}\b(ga je|gaat u|accepteer je|accepteert u)",
    _I,
)

# Every CONSENT match holds one of these: a cheap test to run first on every piece of a page's text.
CONSENT_STEMS = (
    "cooki", "consent", "informasjonskapsl", "kakor", "files", "filer", "dateien", "browser", "nettles", "webbläsare",
    "device", "samtyk", "einwilligung",
)


def may_ask_consent(text: str) -> bool:
    """Whether ``text`` can match CONSENT at all (no regular expression needed to say no)."""
    lowered = text.lower()
    return any(stem in lowered for stem in CONSENT_STEMS)


CONSENT_CHOICE = re.compile(
    r"\b(accept|agree|allow|reject|decline|deny|refuse|manage|settings|preferences|customi[sz]e|ok|got it|necessary"
    r"|godta|godkjenn|aksepter|avvis|avslå|tillat|innstillinger|innstillingar|nødvendige|naudsynte|naudsynlege"
    r"|samtykke|accepter|afvis|tillad|indstillinger|nødvendige|acceptera|godkänn|avböj|neka|inställningar|nödvändiga"
    r"|akzeptieren|zustimmen|ablehnen|einstellungen|notwendige|erforderliche|accepter|refuser|paramètres|personnaliser"
    r"|accepteren|weigeren|instellingen|noodzakelijke|i understand|understood|jeg forstår|eg forstår|forstått"
    r"|jag förstår|forstået|verstanden|compris|begrepen|no,? thanks|nei,? takk|nej,? tak|nej,? tack|nein,? danke"
    r"|non,? merci|nee,? bedankt|((yes|ja|oui),? )?(that's|det er|den er|det är|das ist|c'est|dat is) (fine|greitt|greit"
    r"|grei|i orden|fint|okay|okej|ok|bien|goed)"
    # Closing the notice is the choice a notice that only informs offers.
    r"|close|dismiss|hide|lukk|luk|stäng|schließen|fermer|sluiten)\b",
    _I,
)


# "Page maintained by ...", "Sidansvarig: ...": who answers for the page, not what the unit says.
PAGE_OWNER = re.compile(
    r"^(page (maintained|owned|managed|edited) by|page (owner|contact|editor|responsible)|content (owner|responsible)"
    r"|(web )?editor|redaktør|redaktör|redakteur|rédacteur|sidansvarig|sidan ansvarig|sideansvarl[ei]g|sideansvar|ansvarle?[gi]g? for (denne |dette )?(sida|siden|innhaldet|innholdet)"
    r"|nettredaktør|webbredaktör|webredaktør|seitenverantwortlich|seitenbearbeiter(in)?|verantwortlich für (diese|den) (seite|inhalt)"
    r"|responsable (de la page|du contenu|éditorial)|paginabeheerder|pagina-eigenaar|contactpersoon (voor )?deze pagina)"
    r"\s*:",
    _I,
)


# Headings of news and event teaser lists ("Latest news", "Siste nytt", "Kommende arrangementer").
NEWS_HEADING = re.compile(
    r"^((latest|recent|more) (news|posts|stories)|news( and events)?|what'?s new|(upcoming )?events|news archive"
    r"|siste nytt|nyheter|aktuelt|nytt? fr[aå] \w+|siste innlegg|(kommende |komande )?arrangement(er)?|nyheder|seneste nyt"
    r"|(kommende )?begivenheder|(senaste )?nyheter|kalendarium|(kommande )?evenemang|aktuelles|neuigkeiten"
    r"|(kommende )?veranstaltungen|termine|actualités|agenda|(laatste )?nieuws|evenementen)\s*:?$",
    _I,
)


def is_boilerplate_line(line: str) -> str | None:
    """The kind of boilerplate a whole line is, or None when it is content."""
    for kind, pattern in _LINE_RULES:
        if pattern.match(line):
            return kind
    return None


_LINE_RULES = (
    ("skip-link", SKIP_LINK),
    ("language-switch", LANGUAGE_SWITCH),
    ("loading", LOADING),
    ("credit", CREDIT),
    ("share", SHARE),
    ("page-owner", PAGE_OWNER),
)

# Places named as a pair, which an organisation's name carries whole: "KS Møre og Romsdal",
# "Sparebankstiftinga Sogn og Fjordane", "Bispebjerg og Frederiksberg Hospital".
TWIN_PLACE = re.compile(
    r"\b(?:Møre og Romsdal|Sogn og Fjordane|Troms og Finnmark|Vestfold og Telemark|Bispebjerg og Frederiksberg"
    r"|Herlev og Gentofte)\b"
)

# Countries, their parts and the regions they make up, which a unit is "one of the ... in" but never belongs to.
COUNTRY = re.compile(
    r"Norge|Noreg|Norway|Norwegen|Sverige|Sweden|Schweden|Danmark|Denmark|Dänemark|Deutschland|Germany|Tyskland"
    r"|Finland|Island|Iceland|Österreich|Austria|Schweiz|Switzerland|Nederland|Netherlands|Nederländerna|Belgia"
    r"|Belgium|Irland|Ireland|Storbritannia|Storbritannien|Britain|Great Britain|United Kingdom|UK|England|Scotland"
    r"|Wales|Europa|Europe|Norden|Nordeuropa|Nord-Europa|Skandinavia|Skandinavien|Scandinavia"
)
# A municipality, an organisation though its name has no unit's kind: "Utsira kommune", "Kvam herad",
# "Örebro kommun", "Nord-Aurdal kommune".
MUNICIPALITY = r"[A-ZÆØÅÄÖ][\w-]+(?:\s+[\w-]+)?\s+(?i:kommune|herad|kommun|fylkeskommune)\b"
# A site's domain written as its name ("Polisen.se", "Mestring.no"): the site, not an organisation's name.
DOMAIN = re.compile(r"(?:www\.)?[\w-]+\.(?:se|no|dk|de|fi|is|uk|ie|nl|be|at|ch|eu|com|org|net)", re.IGNORECASE)
# A Swedish region, which runs hospitals and is an organisation: "Region Stockholm", "Region Västerbotten".
REGION = r"Region\s+[A-ZÅÄÖ]\w+"
