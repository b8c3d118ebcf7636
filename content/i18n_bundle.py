"""Bokmål and nynorsk texts of the bundle import's messages (merged into ``content.i18n``).

The English message ids are the texts content/bundle/ gives the command line. They sit
beside ``content/i18n.py``, not in content/bundle/: importing that package imports the
whole import and export, which need ``content.i18n`` themselves.
"""

from __future__ import annotations

NB_BUNDLE: dict[str, str] = {
    # naming a member and field
    "bundle member {member}": "filen {member} i pakken",
    "bundle member {member}, field {field}": "filen {member} i pakken, feltet {field}",
    "(entity)": "(hele oppføringen)",
    "(name)": "(navn)",
    # the archive (content/bundle/safety.py)
    "the bundle has {n} members; at most {most}": "pakken har {n} filer; høyst {most} er tillatt",
    "bundle member with an empty name": "fil i pakken med tomt navn",
    "bundle member {member}: name has a backslash or control character": (
        "filen {member} i pakken: navnet har en omvendt skråstrek eller et kontrolltegn"
    ),
    "bundle member {member}: absolute path": "filen {member} i pakken: absolutt sti",
    "bundle member {member}: name starts with a drive letter": (
        "filen {member} i pakken: navnet begynner med en stasjonsbokstav"
    ),
    "bundle member {member}: name contains '..'": (
        "filen {member} i pakken: navnet inneholder «..»"
    ),
    "bundle member {member}: folder entries are not allowed": (
        "filen {member} i pakken: mapper er ikke tillatt"
    ),
    "bundle member {member}: symbolic links are not allowed": (
        "filen {member} i pakken: symbolske lenker er ikke tillatt"
    ),
    "bundle member {member}: only plain files are allowed": (
        "filen {member} i pakken: bare vanlige filer er tillatt"
    ),
    "bundle member {member}: encrypted members are not allowed": (
        "filen {member} i pakken: krypterte filer er ikke tillatt"
    ),
    "bundle member {member}: compression method {method} is not allowed "
    "(only stored or deflated)": (
        "filen {member} i pakken: komprimeringsmetode {method} er ikke tillatt "
        "(bare lagret eller deflate)"
    ),
    "bundle member {member}: name collides with {other} (duplicate, or differs "
    "only in case or normalisation)": (
        "filen {member} i pakken: navnet kolliderer med {other} (likt, eller ulikt bare i "
        "store og små bokstaver eller Unicode-normalisering)"
    ),
    "bundle member {member}: {size} bytes; at most {most}": (
        "filen {member} i pakken: {size} byte; høyst {most} er tillatt"
    ),
    "bundle member {member}: compression ratio is suspiciously high": (
        "filen {member} i pakken: komprimeringsgraden er mistenkelig høy"
    ),
    "the bundle unpacks to {size} bytes; at most {most}": (
        "pakken pakkes ut til {size} byte; høyst {most} er tillatt"
    ),
    "bundle member {member}: overlaps another member": (
        "filen {member} i pakken: overlapper en annen fil"
    ),
    "bundle member {member}: more data than allowed or declared": (
        "filen {member} i pakken: mer data enn tillatt eller oppgitt"
    ),
    "bundle member {member}: compression ratio is too high": (
        "filen {member} i pakken: komprimeringsgraden er for høy"
    ),
    "bundle member {member}: cannot be read, damaged ({reason})": (
        "filen {member} i pakken: kan ikke leses, er skadet ({reason})"
    ),
    "bundle member {member}: size differs from the declared size": (
        "filen {member} i pakken: størrelsen er en annen enn oppgitt"
    ),
    # strict JSON
    "{where}: not valid UTF-8": "{where}: ikke gyldig UTF-8",
    "{where}: JSON nested too deeply": "{where}: JSON er nøstet for dypt",
    "{where}: invalid JSON at line {line}: {reason}": (
        "{where}: ugyldig JSON på linje {line}: {reason}"
    ),
    "duplicate key {key} in a JSON object": "nøkkelen {key} står to ganger i et JSON-objekt",
    "{name} is not allowed in JSON": "{name} er ikke tillatt i JSON",
    "number {number}... is too long": "tallet {number}… er for langt",
    "number {number} is out of range": "tallet {number} er utenfor gyldig område",
    "{where}: a text is longer than {n} characters": "{where}: en tekst er lengre enn {n} tegn",
    "{where}: text contains a lone surrogate (invalid Unicode)": (
        "{where}: teksten inneholder et enslig surrogat (ugyldig Unicode)"
    ),
    "{where}: JSON nested deeper than {n} levels": "{where}: JSON er nøstet dypere enn {n} nivåer",
    # the manifest and the members (content/bundle/read.py, check.py)
    "{path} is not a Kursverk bundle: it does not start as a zip archive "
    "(something was put in front of the archive, or it is another kind of file)": (
        "{path} er ikke en Kursverk-pakke: den begynner ikke som et zip-arkiv (noe er lagt "
        "foran arkivet, eller det er en annen type fil)"
    ),
    "{path} is not a readable bundle (zip): {reason}": (
        "{path} er ikke en lesbar pakke (zip): {reason}"
    ),
    "not a Kursverk bundle: manifest.json is missing": (
        "ikke en Kursverk-pakke: manifest.json mangler"
    ),
    "not a Kursverk bundle: manifest.json, field format is {found}": (
        "ikke en Kursverk-pakke: manifest.json, feltet format er {found}"
    ),
    "this bundle was made by a newer Kursverk (bundle format version {version}; "
    "this Kursverk reads version {readable}); update Kursverk to import it": (
        "denne pakken er laget av en nyere utgave av Kursverk (pakkeformatet versjon "
        "{version}; denne utgaven leser versjon {readable}); oppdater Kursverk for å "
        "importere pakken"
    ),
    "bundle member manifest.json, field format_version: unknown ({version})": (
        "filen manifest.json i pakken, feltet format_version: ukjent ({version})"
    ),
    "the bundle’s manifest is invalid": "manifestet i pakken er ugyldig",
    "bundle member manifest.json, field members: a member is listed twice": (
        "filen manifest.json i pakken, feltet members: en fil står to ganger"
    ),
    "bundle member {member}: unknown member (not in the manifest)": (
        "filen {member} i pakken: ukjent fil (står ikke i manifestet)"
    ),
    "bundle member {member}: unknown member name": "filen {member} i pakken: ukjent filnavn",
    "bundle member {member}: listed in the manifest but missing": (
        "filen {member} i pakken: står i manifestet, men mangler"
    ),
    "bundle member {member}: content does not match its sha256 in the manifest": (
        "filen {member} i pakken: innholdet stemmer ikke med sha256-summen i manifestet"
    ),
    "bundle member {member}: must be a JSON list": "filen {member} i pakken: må være en JSON-liste",
    "bundle member {member}: holds {n} entries, the manifest says {listed}": (
        "filen {member} i pakken: har {n} oppføringer, manifestet sier {listed}"
    ),
    "bundle member manifest.json, field counts.{key}: says {says}, the bundle holds {n}": (
        "filen manifest.json i pakken, feltet counts.{key}: sier {says}, pakken har {n}"
    ),
    "{where}: not a valid item": "{where}: ikke et gyldig element",
    "{where}: not a valid module": "{where}: ikke en gyldig modul",
    "{where}: not a valid curriculum": "{where}: ikke en gyldig studieplan",
    "{where}: not a valid asset": "{where}: ikke et gyldig bilde",
    "the bundle was not imported": "pakken ble ikke importert",
    "... and {n} more problems": "… og {n} problemer til",
    "the bundle was not imported:\n{problem} (the file changed meanwhile)": (
        "pakken ble ikke importert:\n{problem} (filen er endret i mellomtiden)"
    ),
    "Reading the bundle": "Leser pakken",
    "Writing": "Skriver",
    "Exporting": "Eksporterer",
    # an entity's own values (content/bundle/check.py, schema_check.py)
    "{value} is not a real date and time": "{value} er ikke et gyldig tidspunkt",
    "must be set exactly when deleted is true": "må være satt når, og bare når, deleted er true",
    "revisions must be unique, ascending and not above revision {revision}": (
        "revisjonene må være unike, stigende og ikke over revisjon {revision}"
    ),
    "must be {what}": "må være {what}",
    " or ": " eller ",
    "a text": "en tekst",
    "a whole number": "et helt tall",
    "a number": "et tall",
    "true or false": "true eller false",
    "empty (null)": "tom (null)",
    "a list": "en liste",
    "an object": "et objekt",
    "must not be empty": "kan ikke være tom",
    "has an invalid format": "har ugyldig format",
    "has more than {n} fields": "har mer enn {n} felt",
    "has more than {n} entries": "har mer enn {n} oppføringer",
    "unknown field": "ukjent felt",
    # references and ids (content/bundle/domain.py)
    "{where}: the item id {id} appears twice in the bundle": (
        "{where}: elementet med id {id} står to ganger i pakken"
    ),
    "{where}: the module id {id} appears twice in the bundle": (
        "{where}: modulen med id {id} står to ganger i pakken"
    ),
    "{where}: the curriculum id {id} appears twice in the bundle": (
        "{where}: studieplanen med id {id} står to ganger i pakken"
    ),
    "{where}: id {id} is used twice in the bundle": (
        "{where}: id-en {id} er brukt to ganger i pakken"
    ),
    "{where}: item {id} is neither in the bundle nor in the library": (
        "{where}: elementet {id} finnes verken i pakken eller i biblioteket"
    ),
    "{where}: module {id} is neither in the bundle nor in the library": (
        "{where}: modulen {id} finnes verken i pakken eller i biblioteket"
    ),
    "{where}: asset {id} appears twice": "{where}: bildet {id} står to ganger",
    "{where}: member assets/{sha256}.bin is missing": (
        "{where}: filen assets/{sha256}.bin mangler"
    ),
    "{where}: does not match the asset’s data": "{where}: stemmer ikke med dataene i bildet",
    "bundle member assets/{sha256}.bin: no asset in assets/index.json uses it": (
        "filen assets/{sha256}.bin i pakken: ingen bilder i assets/index.json viser til filen"
    ),
    # an image a bundle brings (or a user adds: content/items/assets.py)
    "the file is empty": "filen er tom",
    "is larger than {n} MB": "er større enn {n} MB",
    "is too large ({width}×{height} pixels)": "er for stort ({width}×{height} piksler)",
    "is not a readable image ({reason})": "er ikke et lesbart bilde ({reason})",
    "format {format} is not supported; use PNG, JPEG, GIF or WebP": (
        "formatet {format} støttes ikke; bruk PNG, JPEG, GIF eller WebP"
    ),
    "unknown": "ukjent",
    # the import report (content/bundle/write.py)
    "item «{title}» ({id})": "elementet «{title}» ({id})",
    "module «{title}» ({id})": "modulen «{title}» ({id})",
    "curriculum «{title}» ({id})": "studieplanen «{title}» ({id})",
    "{head}: the library has revision {local}, newer than the bundle’s revision "
    "{bundle}; the library’s version was kept": (
        "{head}: biblioteket har revisjon {local}, som er nyere enn revisjon {bundle} i "
        "pakken; det som står i biblioteket, er beholdt"
    ),
    "{head}: changed both in the library (revision {local}) and in the bundle "
    "(revision {bundle}); the library’s version was kept": (
        "{head}: endret både i biblioteket (revisjon {local}) og i pakken (revisjon "
        "{bundle}); det som står i biblioteket, er beholdt"
    ),
    "asset «{name}» ({id}): the library has different data under this id; the "
    "library’s was kept": (
        "bildet «{name}» ({id}): biblioteket har andre data under denne id-en; det som står "
        "i biblioteket, er beholdt"
    ),
    "image «{name}» ({id}) was not imported: {reason}": (
        "bildet «{name}» ({id}) ble ikke importert: {reason}"
    ),
    "image asset:{id} is used but is not in the library": (
        "bildet asset:{id} er brukt, men finnes ikke i biblioteket"
    ),
    "item {owner}, field {field}: id {id} already belongs to another item in the "
    "library": (
        "elementet {owner}, feltet {field}: id-en {id} hører allerede til et annet element i "
        "biblioteket"
    ),
    "module {owner}, field {field}: id {id} already belongs to another module in "
    "the library": (
        "modulen {owner}, feltet {field}: id-en {id} hører allerede til en annen modul i "
        "biblioteket"
    ),
    "curriculum {owner}, field {field}: id {id} already belongs to another "
    "curriculum in the library": (
        "studieplanen {owner}, feltet {field}: id-en {id} hører allerede til en annen "
        "studieplan i biblioteket"
    ),
    # an export (content/bundle/export.py)
    "cannot export: no item with id {id}": "kan ikke eksportere: ingen elementer har id-en {id}",
    "cannot export: no module with id {id}": "kan ikke eksportere: ingen moduler har id-en {id}",
    "cannot export: no curriculum with id {id}": (
        "kan ikke eksportere: ingen studieplaner har id-en {id}"
    ),
    "item {owner}: relation target {ref} no longer exists; the bundle cannot be imported "
    "into a library without it": (
        "elementet {owner}: relasjonsmålet {ref} finnes ikke lenger; pakken kan ikke "
        "importeres i et bibliotek som mangler det"
    ),
    "item {owner}: cited source {ref} no longer exists; the bundle cannot be imported into "
    "a library without it": (
        "elementet {owner}: den siterte kilden {ref} finnes ikke lenger; pakken kan ikke "
        "importeres i et bibliotek som mangler den"
    ),
    "module {owner}: item block {ref} no longer exists; the bundle cannot be imported into "
    "a library without it": (
        "modulen {owner}: elementet {ref} i en blokk finnes ikke lenger; pakken kan ikke "
        "importeres i et bibliotek som mangler det"
    ),
    "curriculum {owner}: session module {ref} no longer exists; the bundle cannot be "
    "imported into a library without it": (
        "studieplanen {owner}: modulen {ref} i en samling finnes ikke lenger; pakken kan "
        "ikke importeres i et bibliotek som mangler den"
    ),
}

NN_BUNDLE: dict[str, str] = {
    # naming a member and field
    "bundle member {member}": "fila {member} i pakka",
    "bundle member {member}, field {field}": "fila {member} i pakka, feltet {field}",
    "(entity)": "(heile oppføringa)",
    "(name)": "(namn)",
    # the archive (content/bundle/safety.py)
    "the bundle has {n} members; at most {most}": "pakka har {n} filer; høgst {most} er tillate",
    "bundle member with an empty name": "fil i pakka med tomt namn",
    "bundle member {member}: name has a backslash or control character": (
        "fila {member} i pakka: namnet har ein omvend skråstrek eller eit kontrollteikn"
    ),
    "bundle member {member}: absolute path": "fila {member} i pakka: absolutt sti",
    "bundle member {member}: name starts with a drive letter": (
        "fila {member} i pakka: namnet byrjar med ein stasjonsbokstav"
    ),
    "bundle member {member}: name contains '..'": "fila {member} i pakka: namnet inneheld «..»",
    "bundle member {member}: folder entries are not allowed": (
        "fila {member} i pakka: mapper er ikkje tillatne"
    ),
    "bundle member {member}: symbolic links are not allowed": (
        "fila {member} i pakka: symbolske lenkjer er ikkje tillatne"
    ),
    "bundle member {member}: only plain files are allowed": (
        "fila {member} i pakka: berre vanlege filer er tillatne"
    ),
    "bundle member {member}: encrypted members are not allowed": (
        "fila {member} i pakka: krypterte filer er ikkje tillatne"
    ),
    "bundle member {member}: compression method {method} is not allowed "
    "(only stored or deflated)": (
        "fila {member} i pakka: komprimeringsmetode {method} er ikkje tillaten "
        "(berre lagra eller deflate)"
    ),
    "bundle member {member}: name collides with {other} (duplicate, or differs "
    "only in case or normalisation)": (
        "fila {member} i pakka: namnet kolliderer med {other} (likt, eller ulikt berre i "
        "store og små bokstavar eller Unicode-normalisering)"
    ),
    "bundle member {member}: {size} bytes; at most {most}": (
        "fila {member} i pakka: {size} byte; høgst {most} er tillate"
    ),
    "bundle member {member}: compression ratio is suspiciously high": (
        "fila {member} i pakka: komprimeringsgraden er mistenkeleg høg"
    ),
    "the bundle unpacks to {size} bytes; at most {most}": (
        "pakka blir {size} byte når ho blir pakka ut; høgst {most} er tillate"
    ),
    "bundle member {member}: overlaps another member": (
        "fila {member} i pakka: overlappar ei anna fil"
    ),
    "bundle member {member}: more data than allowed or declared": (
        "fila {member} i pakka: meir data enn tillate eller oppgjeve"
    ),
    "bundle member {member}: compression ratio is too high": (
        "fila {member} i pakka: komprimeringsgraden er for høg"
    ),
    "bundle member {member}: cannot be read, damaged ({reason})": (
        "fila {member} i pakka: kan ikkje lesast, er skadd ({reason})"
    ),
    "bundle member {member}: size differs from the declared size": (
        "fila {member} i pakka: storleiken er ein annan enn oppgjeve"
    ),
    # strict JSON
    "{where}: not valid UTF-8": "{where}: ikkje gyldig UTF-8",
    "{where}: JSON nested too deeply": "{where}: JSON er nøsta for djupt",
    "{where}: invalid JSON at line {line}: {reason}": (
        "{where}: ugyldig JSON på linje {line}: {reason}"
    ),
    "duplicate key {key} in a JSON object": "nøkkelen {key} står to gonger i eit JSON-objekt",
    "{name} is not allowed in JSON": "{name} er ikkje tillate i JSON",
    "number {number}... is too long": "talet {number}… er for langt",
    "number {number} is out of range": "talet {number} er utanfor gyldig område",
    "{where}: a text is longer than {n} characters": "{where}: ein tekst er lengre enn {n} teikn",
    "{where}: text contains a lone surrogate (invalid Unicode)": (
        "{where}: teksten inneheld eit einsleg surrogat (ugyldig Unicode)"
    ),
    "{where}: JSON nested deeper than {n} levels": "{where}: JSON er nøsta djupare enn {n} nivå",
    # the manifest and the members (content/bundle/read.py, check.py)
    "{path} is not a Kursverk bundle: it does not start as a zip archive "
    "(something was put in front of the archive, or it is another kind of file)": (
        "{path} er ikkje ei Kursverk-pakke: ho byrjar ikkje som eit zip-arkiv (noko er lagt "
        "framfor arkivet, eller det er ein annan type fil)"
    ),
    "{path} is not a readable bundle (zip): {reason}": (
        "{path} er ikkje ei lesbar pakke (zip): {reason}"
    ),
    "not a Kursverk bundle: manifest.json is missing": (
        "ikkje ei Kursverk-pakke: manifest.json manglar"
    ),
    "not a Kursverk bundle: manifest.json, field format is {found}": (
        "ikkje ei Kursverk-pakke: manifest.json, feltet format er {found}"
    ),
    "this bundle was made by a newer Kursverk (bundle format version {version}; "
    "this Kursverk reads version {readable}); update Kursverk to import it": (
        "denne pakka er laga av ei nyare utgåve av Kursverk (pakkeformatet versjon "
        "{version}; denne utgåva les versjon {readable}); oppdater Kursverk for å "
        "importere pakka"
    ),
    "bundle member manifest.json, field format_version: unknown ({version})": (
        "fila manifest.json i pakka, feltet format_version: ukjend ({version})"
    ),
    "the bundle’s manifest is invalid": "manifestet i pakka er ugyldig",
    "bundle member manifest.json, field members: a member is listed twice": (
        "fila manifest.json i pakka, feltet members: ei fil står to gonger"
    ),
    "bundle member {member}: unknown member (not in the manifest)": (
        "fila {member} i pakka: ukjend fil (står ikkje i manifestet)"
    ),
    "bundle member {member}: unknown member name": "fila {member} i pakka: ukjend filnamn",
    "bundle member {member}: listed in the manifest but missing": (
        "fila {member} i pakka: står i manifestet, men manglar"
    ),
    "bundle member {member}: content does not match its sha256 in the manifest": (
        "fila {member} i pakka: innhaldet stemmer ikkje med sha256-summen i manifestet"
    ),
    "bundle member {member}: must be a JSON list": "fila {member} i pakka: må vera ei JSON-liste",
    "bundle member {member}: holds {n} entries, the manifest says {listed}": (
        "fila {member} i pakka: har {n} oppføringar, manifestet seier {listed}"
    ),
    "bundle member manifest.json, field counts.{key}: says {says}, the bundle holds {n}": (
        "fila manifest.json i pakka, feltet counts.{key}: seier {says}, pakka har {n}"
    ),
    "{where}: not a valid item": "{where}: ikkje eit gyldig element",
    "{where}: not a valid module": "{where}: ikkje ein gyldig modul",
    "{where}: not a valid curriculum": "{where}: ikkje ein gyldig studieplan",
    "{where}: not a valid asset": "{where}: ikkje eit gyldig bilete",
    "the bundle was not imported": "pakka vart ikkje importert",
    "... and {n} more problems": "… og {n} problem til",
    "the bundle was not imported:\n{problem} (the file changed meanwhile)": (
        "pakka vart ikkje importert:\n{problem} (fila er endra i mellomtida)"
    ),
    "Reading the bundle": "Les pakka",
    "Writing": "Skriv",
    "Exporting": "Eksporterer",
    # an entity's own values (content/bundle/check.py, schema_check.py)
    "{value} is not a real date and time": "{value} er ikkje eit gyldig tidspunkt",
    "must be set exactly when deleted is true": "må vera sett når, og berre når, deleted er true",
    "revisions must be unique, ascending and not above revision {revision}": (
        "revisjonane må vera unike, stigande og ikkje over revisjon {revision}"
    ),
    "must be {what}": "må vera {what}",
    " or ": " eller ",
    "a text": "ein tekst",
    "a whole number": "eit heilt tal",
    "a number": "eit tal",
    "true or false": "true eller false",
    "empty (null)": "tom (null)",
    "a list": "ei liste",
    "an object": "eit objekt",
    "must not be empty": "kan ikkje vera tom",
    "has an invalid format": "har eit ugyldig format",
    "has more than {n} fields": "har meir enn {n} felt",
    "has more than {n} entries": "har meir enn {n} oppføringar",
    "unknown field": "ukjend felt",
    # references and ids (content/bundle/domain.py)
    "{where}: the item id {id} appears twice in the bundle": (
        "{where}: elementet med id {id} står to gonger i pakka"
    ),
    "{where}: the module id {id} appears twice in the bundle": (
        "{where}: modulen med id {id} står to gonger i pakka"
    ),
    "{where}: the curriculum id {id} appears twice in the bundle": (
        "{where}: studieplanen med id {id} står to gonger i pakka"
    ),
    "{where}: id {id} is used twice in the bundle": (
        "{where}: id-en {id} er brukt to gonger i pakka"
    ),
    "{where}: item {id} is neither in the bundle nor in the library": (
        "{where}: elementet {id} finst verken i pakka eller i biblioteket"
    ),
    "{where}: module {id} is neither in the bundle nor in the library": (
        "{where}: modulen {id} finst verken i pakka eller i biblioteket"
    ),
    "{where}: asset {id} appears twice": "{where}: biletet {id} står to gonger",
    "{where}: member assets/{sha256}.bin is missing": "{where}: fila assets/{sha256}.bin manglar",
    "{where}: does not match the asset’s data": "{where}: stemmer ikkje med dataa i biletet",
    "bundle member assets/{sha256}.bin: no asset in assets/index.json uses it": (
        "fila assets/{sha256}.bin i pakka: ingen bilete i assets/index.json viser til fila"
    ),
    # an image a bundle brings (or a user adds: content/items/assets.py)
    "the file is empty": "fila er tom",
    "is larger than {n} MB": "er større enn {n} MB",
    "is too large ({width}×{height} pixels)": "er for stort ({width}×{height} pikslar)",
    "is not a readable image ({reason})": "er ikkje eit lesbart bilete ({reason})",
    "format {format} is not supported; use PNG, JPEG, GIF or WebP": (
        "formatet {format} er ikkje støtta; bruk PNG, JPEG, GIF eller WebP"
    ),
    "unknown": "ukjend",
    # the import report (content/bundle/write.py)
    "item «{title}» ({id})": "elementet «{title}» ({id})",
    "module «{title}» ({id})": "modulen «{title}» ({id})",
    "curriculum «{title}» ({id})": "studieplanen «{title}» ({id})",
    "{head}: the library has revision {local}, newer than the bundle’s revision "
    "{bundle}; the library’s version was kept": (
        "{head}: biblioteket har revisjon {local}, som er nyare enn revisjon {bundle} i "
        "pakka; det som står i biblioteket, er behalde"
    ),
    "{head}: changed both in the library (revision {local}) and in the bundle "
    "(revision {bundle}); the library’s version was kept": (
        "{head}: endra både i biblioteket (revisjon {local}) og i pakka (revisjon "
        "{bundle}); det som står i biblioteket, er behalde"
    ),
    "asset «{name}» ({id}): the library has different data under this id; the "
    "library’s was kept": (
        "biletet «{name}» ({id}): biblioteket har andre data under denne id-en; det som står "
        "i biblioteket, er behalde"
    ),
    "image «{name}» ({id}) was not imported: {reason}": (
        "biletet «{name}» ({id}) vart ikkje importert: {reason}"
    ),
    "image asset:{id} is used but is not in the library": (
        "biletet asset:{id} er brukt, men finst ikkje i biblioteket"
    ),
    "item {owner}, field {field}: id {id} already belongs to another item in the "
    "library": (
        "elementet {owner}, feltet {field}: id-en {id} høyrer allereie til eit anna element i "
        "biblioteket"
    ),
    "module {owner}, field {field}: id {id} already belongs to another module in "
    "the library": (
        "modulen {owner}, feltet {field}: id-en {id} høyrer allereie til ein annan modul i "
        "biblioteket"
    ),
    "curriculum {owner}, field {field}: id {id} already belongs to another "
    "curriculum in the library": (
        "studieplanen {owner}, feltet {field}: id-en {id} høyrer allereie til ein annan "
        "studieplan i biblioteket"
    ),
    # an export (content/bundle/export.py)
    "cannot export: no item with id {id}": "kan ikkje eksportere: ingen element har id-en {id}",
    "cannot export: no module with id {id}": "kan ikkje eksportere: ingen modular har id-en {id}",
    "cannot export: no curriculum with id {id}": (
        "kan ikkje eksportere: ingen studieplanar har id-en {id}"
    ),
    "item {owner}: relation target {ref} no longer exists; the bundle cannot be imported "
    "into a library without it": (
        "elementet {owner}: relasjonsmålet {ref} finst ikkje lenger; pakka kan ikkje "
        "importerast i eit bibliotek som manglar det"
    ),
    "item {owner}: cited source {ref} no longer exists; the bundle cannot be imported into "
    "a library without it": (
        "elementet {owner}: den siterte kjelda {ref} finst ikkje lenger; pakka kan ikkje "
        "importerast i eit bibliotek som manglar henne"
    ),
    "module {owner}: item block {ref} no longer exists; the bundle cannot be imported into "
    "a library without it": (
        "modulen {owner}: elementet {ref} i ei blokk finst ikkje lenger; pakka kan ikkje "
        "importerast i eit bibliotek som manglar det"
    ),
    "curriculum {owner}: session module {ref} no longer exists; the bundle cannot be "
    "imported into a library without it": (
        "studieplanen {owner}: modulen {ref} i ei samling finst ikkje lenger; pakka kan "
        "ikkje importerast i eit bibliotek som manglar han"
    ),
}
