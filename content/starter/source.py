"""The starter library as plain data: items, modules and curricula drawn from the KS seed texts."""

from __future__ import annotations

import textwrap
import uuid
from typing import Any

Values = dict[str, Any]

# Every entity has a fixed UUID (made once with uuid4), so the starter is deterministic and a
# re-import finds the same entities. Child ids (relations, citations, sections, blocks) are
# uuid5 values derived from their parent's id and position, hence just as stable.

# Sources
S_NIBR = "299b9303-25cc-4d0f-b41b-fcd81dca9d92"
S_T1 = "51eb786c-6561-490b-a4e9-2b0d0d73ee19"
S_T2 = "77f15292-817c-484c-b959-a29cfcad0a9b"
S_T3 = "826d72c1-2eb8-4b02-b599-1049bff81572"
S_T4 = "62fb045f-6b4f-408a-ba6e-b6f220c9c24c"
# Research questions, per project
Q1_1 = "a8984e8c-988c-47fa-aebd-86831c03d91c"
Q1_2 = "0e9077ee-20d8-4700-9b78-54e2abb6774f"
Q1_3 = "3cfbb2bd-4437-4327-86ee-c22794417315"
Q1_4 = "0dce7b6b-ef57-4821-9199-3e32e67bed41"
Q2_A = "82907411-a5f2-43f5-97d2-f477c42960c3"
Q2_B = "4a2f4cae-351d-4b82-93d7-7d9ab3fe2082"
Q2_C = "3e5eeef5-cc16-4f07-9c80-d00f971b25e1"
Q2_D = "42803a65-f6dd-4b68-9ccb-7eda2d191250"
Q2_E = "5dc3a202-0b82-4bb5-a255-60b439ca79e9"
Q2_F = "cdb4b18d-f3b0-4d92-9dfb-a820b94d3134"
Q2_G = "f077ed09-8014-4c00-a062-622fbcb905ea"
Q2_H = "ff154321-f973-467b-8c20-c0b33c53e9fe"
Q3_1 = "bd63342b-5cdf-4a2c-8e27-2a729bf4cbb4"
Q3_2 = "bea55893-b638-4abe-9652-3ad18dbadeae"
Q3_3 = "3f2883f6-9361-4589-86a9-290fc8339fdd"
Q3_4 = "72cb8a01-0f6f-4e46-a344-07e9e53fa347"
Q3_5 = "7572d822-d23e-4432-a327-c98eda02b532"
Q4_1 = "f1597cc3-e49d-4ccc-927d-39f5c45ce74f"
Q4_2 = "68ad5287-708e-49be-94d0-46ba87cf9001"
Q4_3 = "0ece8f9b-04a0-4e55-ac52-569cc06684f7"
Q4_4 = "5304e202-83ae-429e-8d86-ba2b2e2198b1"
Q4_5 = "d057e20c-3a74-4bd1-b68d-224b17486e86"
# Findings and barriers
F_IKKE_LOVPALAGT = "b026d85f-a97d-4c87-81fe-ebcd40f9c558"
F_KORONA = "52185fc8-16aa-4a31-ab99-d44eada42ad0"
F_GJENSIDIG = "803ce830-b77f-4996-b696-7f2286c2052b"
F_LANDSTING = "0cf53f4e-9366-4ef5-b26c-72acfbdef52b"
F_BAEREKRAFT = "7d53c850-a8b2-4cc7-889c-09e6a22d2ebc"
F_TAKTSKIFTE = "33158138-4a9f-4ceb-98fb-25d0cd661291"
F_SYSTEMTID = "b29c5570-23ef-48a2-98c4-d7a7ccb55734"
F_EFFEKT_STAT = "51df6fde-5cfd-457f-802a-1bd5b914fb14"
F_FLOKER = "a8d871aa-c978-49c6-b1bc-efe8ff5ff046"
B_FOR_KOMPLEKST = "436931c6-2035-4499-916c-08461c3376fa"
B_LOCKIN = "c7c53da6-c096-46d0-a29b-441fe9751a68"
# Measures, archetype, collaboration models, indicators
M_NIBR_KAPASITET = "9f00a9cd-33e1-47ac-9132-88eb8bf8ba27"
M_NIBR_SAMHANDLING = "0b7c536c-b624-486d-a898-f81ab2d95ecc"
M_NIBR_SAMORDNING = "8a1ef13e-ea18-4499-94cf-2f7bee4ddd9b"
M_PARTNERSKAP = "e5e2e66f-5657-443e-9ed4-bfec738c34a9"
M_FOLGEFORSKNING = "93e01ff2-1f4d-4b07-b011-db4f80dce4d0"
M_FOLKEVALGT = "ab80d028-81f7-4f33-8e9a-aaaa905fcc69"
M_LAERINGSPROGRAM = "18fefbef-cd77-49e8-8131-4b824c024620"
M_NHO = "c95a77c0-79b4-42c9-97d0-cb47cde4e867"
M_KARING = "46dbc23c-91be-4912-98ac-78b8472cacb6"
M_PILOT_SYKEFRAVAER = "b9cd40ac-37b3-40bf-a8e5-0ab7d853574f"
M_PILOT_REKRUTTERING = "04f870c5-4579-4c90-b8c7-b1e4dc360068"
A_EFFEKTKONTRAKT = "6c34765f-d522-4c9a-bba3-31c4a55a5fb0"
CM_PARAMETRE = "63326cbd-870e-4c59-9100-b3915d03c1d5"
CM_PROSJEKT = "ae051c09-f85a-4654-b9d2-fc43de8a1500"
CM_RAMMEBETINGELSER = "655a91bb-241d-4a8a-81ef-11fd0ccdd07f"
CM_OKOSYSTEM = "37b0d51b-0dbc-44df-84a0-6c0b817b7dba"
I_SYKEFRAVAER = "3221c27a-53e1-462f-8ab6-600acff1319f"
I_REKRUTTERING = "b0a51aab-11b7-40c1-be69-b5acbf30abb0"
I_RESULTATMAL = "0d9537be-9e22-4746-8c7d-aab85a25ad33"
# Modules, curricula and sessions
MOD_VERTSKAP = "60f9c966-455b-4b20-927d-78aeaacf3055"
MOD_NIBR = "9aa8cd34-c13c-4c56-b55f-3f1a21e790fa"
MOD_NAERINGSLIV = "2544e75a-ee4f-43a6-9fa7-ae61fafb5e77"
MOD_SAMARBEID = "957ef8ab-9435-40f2-ac96-9bef4a949c27"
MOD_EFFEKT = "fa3da58e-f27e-4288-9ad2-75a7854b763a"
CUR_FOLKEVALGT = "13fedcac-e157-40b9-8224-6181b54a6f52"
CUR_LEDERE = "1aa8ad52-2536-41f1-ae76-445629619e3d"
SES_FV_1 = "bcea343f-e99b-4223-add6-dac581642e3b"
SES_FV_2 = "457a871d-fb2a-4665-a359-ff430c6a79b5"
SES_LED_1 = "0e1b5aab-9fdf-42c4-a772-df576bb51ed7"
SES_LED_2 = "31ad8d28-611c-449c-a905-36a55ea6b077"
# Namespace of the uuid5 child ids
CHILD_NAMESPACE = "88b9dd7a-971e-491f-bd2f-b5541b316497"

STARTER_TAG = "startinnhold"
LANGUAGE = "nb"
STATUS = "approved"

PROJECT_1 = "KS FoU-prosjekt 204032 «Vellykket kommunal næringsutvikling»"
PROJECT_2 = "KS FoU-prosjekt 204019 «Følgeforskning av Partnerskap for radikal innovasjon»"
PROJECT_3 = "KS: to piloter om sosiale effektinvesteringer"
PROJECT_4 = "Samarbeidsmodeller for innovasjon i offentlig sektor"

ALL_LEADERS = ["kommunedirektorer", "naeringsutviklere"]
HOST_AUDIENCES = ["folkevalgte", "kommunedirektorer", "naeringsutviklere", "fylkeskommuner"]


def _md(text: str) -> str:
    """Return a dedented, trimmed Markdown text."""
    return textwrap.dedent(text).strip()


def _child_id(parent: str, *path: object) -> str:
    """Return a stable id for a child of an entity (relation, citation, section, block)."""
    name = "/".join([parent, *(str(p) for p in path)])
    return str(uuid.uuid5(uuid.UUID(CHILD_NAMESPACE), name))


def _item(
    item_id: str,
    kind: str,
    title: str,
    summary: str,
    body: str,
    *,
    fields: Values,
    tags: list[str],
    audiences: list[str],
    cites: list[tuple[str, str]],
    relations: list[tuple[str, str]] | None = None,
) -> Values:
    """Return the CreateItem values of one starter item."""
    return {
        "id": item_id,
        "kind": kind,
        "title": title,
        "summary": summary,
        "body": _md(body),
        "language": LANGUAGE,
        "status": STATUS,
        "starter": True,
        "fields": fields,
        "tags": [STARTER_TAG, *tags],
        "audiences": audiences,
        "citations": [
            {"id": _child_id(item_id, "citation", i), "source_id": src, "locator": loc}
            for i, (src, loc) in enumerate(cites)
        ],
        "relations": [
            {
                "id": _child_id(item_id, "relation", i),
                "type": rtype,
                "target_id": target,
                "note": "",
            }
            for i, (rtype, target) in enumerate(relations or [])
        ],
    }


# ======================================================================================
# Sources
# ======================================================================================

SOURCES: list[Values] = [
    _item(
        S_NIBR,
        "source",
        "Nærings- og distriktsutvikling – perspektiver, politikk/virkemidler og samhandling",
        "NIBR-rapport skrevet for KS av Knut Onsager, med tre anbefalinger om nærings- og "
        "distriktsutvikling.",
        """
        Rapporten er omtalt som nylig publisert i KS’ forespørsel om FoU-prosjekt 204032
        «Vellykket kommunal næringsutvikling». Der gjengis tre anbefalinger om hvordan
        distriktene kan styrke evnen til å utforme og gjennomføre politikk, og om tiltak for en
        bærekraftig næringsutvikling tilpasset lokale og regionale fortrinn og muligheter.
        Anbefalingene ligger som egne tiltak i biblioteket.

        Utgivelsesår og sidetall står ikke i forespørselen. Fyll dem inn når rapporten er sjekket.
        """,
        fields={
            "authors": ["Knut Onsager"],
            "publisher": "NIBR (skrevet for KS)",
            "source_type": "report",
        },
        tags=["NIBR", "næringsutvikling"],
        audiences=HOST_AUDIENCES,
        cites=[],
    ),
    _item(
        S_T1,
        "source",
        "Forespørsel om tilbud på KS FoU-prosjekt nr. 204032 «Vellykket kommunal næringsutvikling»",
        "KS’ utlysning av et FoU-prosjekt, i samarbeid med NHO, om hvordan kommuner og "
        "fylkeskommuner kan bli bedre vertskap for næringslivet.",
        """
        Utlysningen beskriver formålet med prosjektet, bakgrunnen (blant annet KS’ prioritering
        av «Omstillingsdyktig næringsliv», koronakrisen og FNs bærekraftsmål), fire
        problemstillinger og hvordan KS og NHO vil bruke kunnskapen: i Folkevalgtprogrammet, i et
        læringsprogram for kommunedirektører og næringsutviklere og som kunnskapsgrunnlag for
        kåringen av Årets vertskapskommune. NHO er samarbeidspartner og medfinansierer.
        Prosjektet skulle etter planen starte i august 2020.
        """,
        fields={"publisher": "KS", "year": 2020, "source_type": "tender"},
        tags=["vertskapskommune", "næringsutvikling"],
        audiences=HOST_AUDIENCES,
        cites=[],
    ),
    _item(
        S_T2,
        "source",
        "Tilbudsforespørsel på KS FoU-prosjekt 204019 «Følgeforskning av Partnerskap for "
        "radikal innovasjon»",
        "KS’ utlysning av følgeforskning på innovasjonsprogrammet Partnerskap for radikal "
        "innovasjon.",
        """
        Utlysningen beskriver programmet Partnerskap for radikal innovasjon, hvordan det er
        organisert, hva KS trenger fra følgeforskningen og åtte mulige problemstillinger.
        Følgeforskningen var tenkt å starte sommeren 2020 og å levere sluttrapport i januar 2023.

        Utlysningen viser til KS’ nettsider om programmet:
        <https://www.ks.no/fagomrader/innovasjon/framtidas-kommune/partnerskap-for-radikal-innovasjon/>
        """,
        fields={"publisher": "KS", "year": 2020, "source_type": "tender"},
        tags=["innovasjon", "følgeforskning"],
        audiences=ALL_LEADERS,
        cites=[],
    ),
    _item(
        S_T3,
        "source",
        "Forespørsel om tilbud om faglig bistand og prosesstøtte til gjennomføring av to piloter "
        "om sosiale effektinvesteringer",
        "KS’ utlysning av faglig bistand til to piloter med effektkontrakter på "
        "arbeidslivsområdet.",
        """
        KS har fått skjønnsmidler fra Kommunal- og moderniseringsdepartementet (KMD) til to piloter
        om sosiale effektinvesteringer og til informasjons- og spredningsmateriell for
        kommunesektoren. Utlysningen forklarer hva effektinvesteringer og effektkontrakter er, og
        lister hva KS trenger hjelp til: en førfase, gjennomføring av pilotene, sparring,
        dokumentasjon og vurdering, og eventuelt formidling. Utgivelsesåret står ikke i
        dokumentet; KS oppgir behov for bistand ut 2022.
        """,
        fields={"publisher": "KS", "source_type": "tender"},
        tags=["effektkontrakter", "sosiale investeringer"],
        audiences=ALL_LEADERS,
        cites=[],
    ),
    _item(
        S_T4,
        "source",
        "Samarbeidsmodeller – oppdragsbeskrivelse",
        "Oppdragsbeskrivelse for å beskrive dynamiske modeller for innovasjonssamarbeid mellom "
        "offentlig sektor, forskning, næringsliv og frivillighet.",
        """
        Oppdraget går ut på å kartlegge konkrete innovasjonssamarbeid, trekke ut felles kjennetegn
        og beskrive inntil 15 typiske dynamiske samarbeidsmodeller for innovasjon i offentlig
        sektor, med en utforskende del om mulige framtidige modeller. Oppdraget skulle være ferdig
        senest 1. november 2019.

        Oppdragsgiveren er ikke navngitt i dokumentet. Dokumentet nevner at scenarier fra arbeidet
        med en stortingsmelding om innovasjon i offentlig sektor skal brukes i den utforskende
        delen.
        """,
        fields={"source_type": "tender"},
        tags=["samarbeidsmodeller", "innovasjon"],
        audiences=ALL_LEADERS,
        cites=[],
    ),
]

# ======================================================================================
# Research questions (problemstillinger) of the four projects
# ======================================================================================


def _question(
    item_id: str,
    project: str,
    source: str,
    title: str,
    summary: str,
    body: str,
    tags: list[str],
    audiences: list[str],
) -> Values:
    """Return a research question of a project, citing the document it comes from."""
    return _item(
        item_id,
        "question",
        title,
        summary,
        body,
        fields={"project": project},
        tags=["problemstilling", *tags],
        audiences=audiences,
        cites=[(source, "")],
    )


QUESTIONS: list[Values] = [
    # -- 1: Vellykket kommunal næringsutvikling --------------------------------------------
    _question(
        Q1_1,
        PROJECT_1,
        S_T1,
        "Hva kjennetegner en god vertskapskommune?",
        "Hva preger vellykket kommunal næringsutvikling og godt samarbeid med næringslivet?",
        """
        Utlysningen nevner disse spørsmålene under problemstillingen:

        - Hva preger vellykket kommunal næringsutvikling, for eksempel når det gjelder vekst i
          og trygging av arbeidsplasser, attraktivitet for næringslivet og kvaliteten på
          servicen overfor bedriftene?
        - Hva preger et godt samspill mellom fylkesnivået, kommuneregionen og den enkelte
          kommunens næringsarbeid?
        - Hva preger gode former for samarbeid mellom kommune og næringsliv?
        """,
        ["vertskapskommune"],
        HOST_AUDIENCES,
    ),
    _question(
        Q1_2,
        PROJECT_1,
        S_T1,
        "Hva er de viktigste barrierene mot å være en god vertskapskommune?",
        "Hvilke hindringer står i veien for god samhandling med næringslivet og andre aktører?",
        """
        Utlysningen nevner disse spørsmålene under problemstillingen:

        - Hva hindrer god samhandling med næringslivet, mellom politikk og administrasjon,
          innad i kommuneadministrasjonen, med andre kommuner og fylkeskommuner, med
          virkemiddelapparatet og med kunnskapsmiljøer?
        - Hvilken rolle spiller personlige relasjoner, strategier og planer, kunnskapsnivå og
          lignende?
        """,
        ["vertskapskommune", "barrierer"],
        HOST_AUDIENCES,
    ),
    _question(
        Q1_3,
        PROJECT_1,
        S_T1,
        "Hvilke tiltak kan styrke kommunal sektor som aktiv næringsutvikler?",
        "Hvordan kan kommunen bygge samarbeidskultur og samspill om næringsutvikling?",
        """
        Utlysningen nevner disse spørsmålene under problemstillingen:

        - Hvordan kan kommuner og næringsliv samarbeide på en hensiktsmessig måte, og hvordan
          bygger man en kultur for samarbeid?
        - Hvordan kan samfunnsplanlegging, arealplaner og byggesak henge sammen med det mer
          operative næringsarbeidet?
        - Hvordan blir næringsarbeidet en del av den lokale samfunnsutviklingen?
        - Hvordan får man til samspill internt i kommunen, mellom politikk og administrasjon,
          mellom kommune, næringsliv og frivillighet, på tvers av kommuner og med fylkeskommunen,
          regional stat og virkemiddelapparatet?
        """,
        ["tiltak", "samhandling"],
        HOST_AUDIENCES,
    ),
    _question(
        Q1_4,
        PROJECT_1,
        S_T1,
        "Hva må næringslivet bidra med for å være en god samarbeidspartner?",
        "Næringslivets rolle i lokal og regional samfunnsutvikling.",
        """
        Utlysningen nevner disse temaene under problemstillingen:

        - Hvordan kan næringslivet ta en mer aktiv rolle i lokal og regional
          samfunnsutvikling?
        - Forståelse av hverandres roller og kunnskap om hverandre.
        - Betydningen av at næringsaktørene samarbeider organisert.
        """,
        ["næringsliv", "samhandling"],
        ["folkevalgte", "naeringsutviklere", "naeringsliv"],
    ),
    # -- 2: Følgeforskning av Partnerskap for radikal innovasjon ------------------------------
    _question(
        Q2_A,
        PROJECT_2,
        S_T2,
        "Hvordan kan programmet lære løpende av egne og andres erfaringer?",
        "Læring underveis for å innrette ressursene best mulig og nå målene.",
        """
        Problemstilling a) i utlysningen: hvordan programmet kan lære effektivt av egne og
        andres erfaringer underveis, slik at ressursene innrettes best mulig og målene nås.
        """,
        ["innovasjon", "læring"],
        ALL_LEADERS,
    ),
    _question(
        Q2_B,
        PROJECT_2,
        S_T2,
        "Hvordan bør en innovasjonsportefølje settes sammen for å gi synergier?",
        "Sammensetting og utvikling av porteføljer av innovasjonsprosjekter.",
        """
        Problemstilling b) i utlysningen: hvordan en portefølje bør settes sammen og utvikles
        slik at innovasjonsprosjektene i hver portefølje styrker hverandre.
        """,
        ["innovasjon", "portefølje"],
        ALL_LEADERS,
    ),
    _question(
        Q2_C,
        PROJECT_2,
        S_T2,
        "Hvilke styrings- og samspillsformer passer mellom et program og dets prosjekter?",
        "Styring når prosjektene har ulik finansiering, deltakelse, eierskap og organisering.",
        """
        Problemstilling c) i utlysningen: hvilke former for styring og samspill som egner seg
        mellom programmet og enkeltprosjekter som kan være finansiert, bemannet, eid og
        organisert på ulike måter.
        """,
        ["innovasjon", "styring"],
        ALL_LEADERS,
    ),
    _question(
        Q2_D,
        PROJECT_2,
        S_T2,
        "Hvordan kan programmet få virkning på makronivå?",
        "Samarbeidsrelasjoner og plassering i institusjonelle og politiske prosesser.",
        """
        Problemstilling d) i utlysningen: hvordan programmet kan bygge de samarbeidsrelasjonene
        det trenger, og plassere seg produktivt i pågående institusjonelle og politiske
        prosesser, slik at innsatsen får konsekvenser på makronivå.
        """,
        ["innovasjon", "samhandling"],
        ALL_LEADERS,
    ),
    _question(
        Q2_E,
        PROJECT_2,
        S_T2,
        "Hvordan kan programmet unngå konseptuell og faglig lock-in?",
        "Å unngå å låse seg til ett konsept eller én faglig tilnærming.",
        """
        Problemstilling e) i utlysningen. KS trekker fram dette som et hovedformål med
        følgeforskningen: programmet skal ikke låse seg fast i ett konsept eller én faglig
        tilnærming.
        """,
        ["innovasjon", "læring"],
        ALL_LEADERS,
    ),
    _question(
        Q2_F,
        PROJECT_2,
        S_T2,
        "Hvordan kan programmet holde seg faglig i front internasjonalt?",
        "Faglig oppdatering mot internasjonale miljøer og initiativ.",
        """
        Problemstilling f) i utlysningen: hvordan programmet kan sikre at det er faglig ajour
        eller i front internasjonalt.
        """,
        ["innovasjon", "læring"],
        ALL_LEADERS,
    ),
    _question(
        Q2_G,
        PROJECT_2,
        S_T2,
        "Hvordan kan tilnærmingen beskrives slik at andre kan bruke den senere?",
        "Overføringsverdi: å dokumentere metode og læringspunkter.",
        """
        Problemstilling g) i utlysningen: hvordan programmet og den metodiske tilnærmingen kan
        beskrives slik at den kan nyttiggjøres i framtidige satsinger.
        """,
        ["innovasjon", "overføringsverdi"],
        ALL_LEADERS,
    ),
    _question(
        Q2_H,
        PROJECT_2,
        S_T2,
        "Hvordan bør programmet vurderes før en beslutning om videreføring?",
        "Grunnlag for å vurdere måloppnåelse, potensial og forutsetninger.",
        """
        Problemstilling h) i utlysningen: hvordan programmet bør vurderes for å ta stilling
        til en eventuell videreføring. KS ønsker en systematisk og faglig vurdering av
        måloppnåelse, potensial og forutsetninger.
        """,
        ["innovasjon", "evaluering"],
        ALL_LEADERS,
    ),
    # -- 3: Piloter om sosiale effektinvesteringer ---------------------------------------
    _question(
        Q3_1,
        PROJECT_3,
        S_T3,
        "Hvordan bør pilotene konkretiseres når det gjelder tema og innhold?",
        "Førfasen: å avgrense tema og innhold, gjerne i lys av internasjonale erfaringer.",
        """
        Formulert ut fra KS’ behovsliste i utlysningen (punkt 1, førfase): prosjektene skal
        konkretiseres med hensyn til tematikk og innhold, gjerne med blikk på internasjonale
        erfaringer.
        """,
        ["effektkontrakter"],
        ALL_LEADERS,
    ),
    _question(
        Q3_2,
        PROJECT_3,
        S_T3,
        "Hvordan kan kommuner verves og utlysningen gjennomføres?",
        "Å få med kommuner og gjennomføre utlysningen av pilotene.",
        """
        Formulert ut fra KS’ behovsliste i utlysningen (punkt 2 a og b): verving av kommuner og
        gjennomføring av utlysning.
        """,
        ["effektkontrakter"],
        ALL_LEADERS,
    ),
    _question(
        Q3_3,
        PROJECT_3,
        S_T3,
        "Hvilke indikatorer skal brukes, og hvordan skal effekten måles?",
        "Indikatorer og effektmåling i pilotene.",
        """
        Formulert ut fra KS’ behovsliste i utlysningen (punkt 2 c): identifisering av
        indikatorer og måling av effekt.
        """,
        ["effektkontrakter", "indikatorer"],
        ALL_LEADERS,
    ),
    _question(
        Q3_4,
        PROJECT_3,
        S_T3,
        "Hvordan bør effektkontraktene settes opp?",
        "Oppsett av kontraktene i pilotene.",
        """
        Formulert ut fra KS’ behovsliste i utlysningen (punkt 2 d): oppsett av kontrakter.
        """,
        ["effektkontrakter"],
        ALL_LEADERS,
    ),
    _question(
        Q3_5,
        PROJECT_3,
        S_T3,
        "Hvordan kan pilotene dokumenteres og vurderes, og kunnskapen deles?",
        "Dokumentasjon, vurdering og kunnskap til veiledningsmateriell.",
        """
        Formulert ut fra KS’ behovsliste i utlysningen (punkt 4 og 5): dokumentasjon og
        vurdering av pilotene, og eventuelt formidling. I pilotperioden skal KS samle og
        systematisere kunnskap som kan brukes i veiledningsmateriell for offentlig og privat
        sektor.
        """,
        ["effektkontrakter", "evaluering"],
        ALL_LEADERS,
    ),
    # -- 4: Samarbeidsmodeller -----------------------------------------------------------
    _question(
        Q4_1,
        PROJECT_4,
        S_T4,
        "Hvilke felles kjennetegn har konkrete innovasjonssamarbeid?",
        "Fra eksempler og piloter til et sett med dynamiske samarbeidsmodeller.",
        """
        Oppdraget tar utgangspunkt i konkrete eksempler på innovasjonssamarbeid mellom
        offentlige virksomheter og forskningsinstitusjoner, bedrifter eller frivillige
        organisasjoner. Spørsmålet er hvilke kjennetegn de har felles, og hvordan relativt like
        eksempler kan grupperes og utvikles til modeller.
        """,
        ["samarbeidsmodeller", "innovasjon"],
        ALL_LEADERS,
    ),
    _question(
        Q4_2,
        PROJECT_4,
        S_T4,
        "Hva må beskrives for at et eksempel skal bli en modell med overføringsverdi?",
        "Balansen mellom det selvfølgelige og de særegne, lokale forutsetningene.",
        """
        Oppdragsbeskrivelsen ber om klare forestillinger om hvilke kjennetegn eller parametre
        som må beskrives for at et eksempel skal bli en mer allmenn modell som kan overføres
        til andre sammenhenger, og om balansen mellom det som gjelder alle samarbeid og det som
        er for spesifikt og lokalt.
        """,
        ["samarbeidsmodeller", "overføringsverdi"],
        ALL_LEADERS,
    ),
    _question(
        Q4_3,
        PROJECT_4,
        S_T4,
        "Hvilke styrker og svakheter har ulike samarbeidsmodeller?",
        "Og hvilke utfordringer er hver modell egnet til å løse?",
        """
        I element 2 av oppdraget skal styrker og svakheter ved ulike modeller vurderes,
        sammen med hva slags utfordringer de ulike samarbeidsmodellene egner seg til å løse.
        """,
        ["samarbeidsmodeller"],
        ALL_LEADERS,
    ),
    _question(
        Q4_4,
        PROJECT_4,
        S_T4,
        "Hvilke nye samarbeidsmodeller kan møte framtidige behov i offentlig sektor?",
        "En utforskende tilnærming til mulige framtidige modeller.",
        """
        Element 3 av oppdraget er en mer leken og utforskende prosess for å utforme nye
        samarbeidsmodeller som kan svare på offentlig sektors framtidige kunnskaps- og
        innovasjonsbehov, med utgangspunkt i scenarier og internasjonale erfaringer.
        """,
        ["samarbeidsmodeller", "innovasjon"],
        ALL_LEADERS,
    ),
    _question(
        Q4_5,
        PROJECT_4,
        S_T4,
        "Hvordan kan samarbeidsmodeller framstilles pedagogisk?",
        "God formidling av modeller ut fra relevante kjennetegn.",
        """
        Oppdragsbeskrivelsen ber tilbyderen vise hvordan modellene kan framstilles pedagogisk
        på grunnlag av relevante kjennetegn og parametre.
        """,
        ["samarbeidsmodeller", "formidling"],
        ALL_LEADERS,
    ),
]

# ======================================================================================
# Findings and barriers stated as background facts in the documents
# ======================================================================================


def _finding(
    item_id: str,
    source: str,
    title: str,
    summary: str,
    body: str,
    context: str,
    tags: list[str],
    audiences: list[str],
    relations: list[tuple[str, str]],
    extra_sources: tuple[str, ...] = (),
) -> Values:
    """Return a finding stated as background in a tender document."""
    return _item(
        item_id,
        "finding",
        title,
        summary,
        body,
        fields={"evidence": "tender", "context": context},
        tags=tags,
        audiences=audiences,
        cites=[(s, "") for s in (source, *extra_sources)],
        relations=relations,
    )


CONTEXT_1 = "Bakgrunnen i KS’ forespørsel om FoU-prosjekt 204032 (2020)."
CONTEXT_2 = "Bakgrunnen i KS’ forespørsel om følgeforskning, FoU-prosjekt 204019 (2020)."
CONTEXT_3 = "Bakgrunnen i KS’ forespørsel om bistand til piloter om sosiale effektinvesteringer."
CONTEXT_4 = "Innledningen til oppdragsbeskrivelsen «Samarbeidsmodeller»."

FINDINGS: list[Values] = [
    _finding(
        F_IKKE_LOVPALAGT,
        S_T1,
        "Å legge til rette for næringsutvikling er ikke en lovpålagt oppgave",
        "Kommunen har ingen lovplikt som tilrettelegger for næringslivet, men rollen er en "
        "sentral del av arbeidet med lokal samfunnsutvikling.",
        """
        KS slår fast at kommunens rolle som tilrettelegger for næringsutvikling ikke er en
        lovpålagt kommunal oppgave. Likevel er rollen en sentral del av kommunenes samlede
        engasjement for lokal samfunnsutvikling.
        """,
        CONTEXT_1,
        ["vertskapskommune", "næringsutvikling"],
        HOST_AUDIENCES,
        [("supports", Q1_1), ("supports", Q1_2)],
    ),
    _finding(
        F_KORONA,
        S_T1,
        "Koronakrisen gjorde samspillet mellom kommune og næringsliv viktigere",
        "Pandemien aktualiserte et godt samspill for å gjenreise og trygge arbeidsplasser.",
        """
        Ifølge KS aktualiserer koronakrisen betydningen av et godt samspill mellom kommunal
        sektor og næringsliv for å reetablere og trygge arbeidsplasser.
        """,
        CONTEXT_1,
        ["samhandling", "næringsutvikling"],
        [*HOST_AUDIENCES, "naeringsliv"],
        [("supports", Q1_3)],
    ),
    _finding(
        F_GJENSIDIG,
        S_T1,
        "Kommune og næringsliv er avhengige av hverandre",
        "Næringslivet bidrar til lokal samfunnsutvikling, og en god tilretteleggerkommune kan "
        "være bedriftenes viktigste konkurransefortrinn.",
        """
        Kommunene er opptatt av å utvikle attraktive steder og å skape og beholde gode og trygge
        arbeidsplasser. Næringslivet gir arbeidsplasser, inntekter og viktige bidrag til
        samfunnsutviklingen der bedriftene holder til. For bedriftene kan en kommune som er god
        til å legge til rette for næringsutvikling være kanskje det aller viktigste
        konkurransefortrinnet.
        """,
        CONTEXT_1,
        ["vertskapskommune", "næringsliv"],
        [*HOST_AUDIENCES, "naeringsliv"],
        [("supports", Q1_1), ("supports", Q1_4)],
    ),
    _finding(
        F_LANDSTING,
        S_T1,
        "«Omstillingsdyktig næringsliv» er et prioritert politikkområde i KS",
        "KS’ Landsting 2020 vedtok området som en prioritering for kommunal sektor i "
        "fireårsperioden.",
        """
        KS’ Landsting 2020 vedtok «Omstillingsdyktig næringsliv» som ett av de prioriterte
        politikkområdene for kommunal sektor i fireårsperioden. FoU-prosjektet om vellykket
        kommunal næringsutvikling skulle bidra med praksisrettet kunnskap som støtter denne
        prioriteringen.
        """,
        CONTEXT_1,
        ["næringsutvikling"],
        HOST_AUDIENCES,
        [("supports", Q1_3)],
    ),
    _finding(
        F_BAEREKRAFT,
        S_T1,
        "FNs bærekraftsmål er en naturlig referanse for næringsutvikling",
        "Mål 17 om samarbeid understreker partnerskap mellom flere aktører som mobiliserer og "
        "deler kunnskap.",
        """
        KS peker på FNs bærekraftsmål som en naturlig referanse for samfunnsutvikling, og dermed
        også for næringsutvikling, både for kommunal sektor og for næringslivet. Mål 17 om
        samarbeid for å nå målene understreker betydningen av partnerskap mellom flere
        interessenter som kan mobilisere og dele kunnskap. Bærekraftsmålene er også
        utgangspunktet for KS’ program Partnerskap for radikal innovasjon.
        """,
        CONTEXT_1,
        ["bærekraft", "samhandling"],
        HOST_AUDIENCES,
        [("supports", M_NIBR_SAMHANDLING), ("supports", M_PARTNERSKAP)],
        extra_sources=(S_T2,),
    ),
    _finding(
        F_TAKTSKIFTE,
        S_T2,
        "Utfordringene i velferdssamfunnet krever et taktskifte i innovasjonsarbeidet",
        "Det trengs evne til å utvikle mer komplekse og radikale løsninger med samfunnseffekt.",
        """
        KS skriver at utfordringene i velferdssamfunnet krever et taktskifte i
        innovasjonsarbeidet og evne til å utvikle mer komplekse og radikale løsninger som har
        samfunnseffekt. Dette er bakgrunnen for at KS’ hovedstyre vedtok å etablere Partnerskap
        for radikal innovasjon.
        """,
        CONTEXT_2,
        ["innovasjon"],
        ALL_LEADERS,
        [("supports", M_PARTNERSKAP)],
    ),
    _finding(
        F_SYSTEMTID,
        S_T2,
        "Systeminnovasjoner med nasjonal effekt tar lang tid",
        "De tar typisk betydelig lengre tid enn de tre årene programmet først har fått.",
        """
        Partnerskap for radikal innovasjon er i første omgang et treårig program. KS erkjenner
        samtidig at systeminnovasjoner med nasjonal effekt typisk tar betydelig lengre tid.
        Hvilke kriterier som skal avgjøre en videreføring, er derfor en del av
        følgeforskningsoppdraget.
        """,
        CONTEXT_2,
        ["innovasjon", "evaluering"],
        ALL_LEADERS,
        [("supports", Q2_H)],
    ),
    _finding(
        F_EFFEKT_STAT,
        S_T3,
        "Staten prøver også ut effektkontrakter",
        "Effektkontrakter er et satsingsområde i en ny statlig strategi på arbeids- og "
        "velferdsområdet.",
        """
        Arbeids- og sosialdepartementet (ASD) la fram en ny strategi på arbeids- og
        velferdsområdet der effektkontrakter og utprøving av nye finansieringsformer for sosial
        innovasjon var ett av satsingsområdene. I statsbudsjettet for 2022 var det foreløpig satt
        av 5 millioner kroner til uttesting av effektkontrakter. KS understreker at dette er et
        annet initiativ enn KS’ egne piloter.
        """,
        CONTEXT_3,
        ["effektkontrakter"],
        ALL_LEADERS,
        [("supports", Q3_1)],
    ),
    _finding(
        F_FLOKER,
        S_T4,
        "Gjenstridige samfunnsfloker krever at flere aktører samarbeider",
        "Slike problemer utfordrer offentlig sektor og krever ofte nye og innovative løsninger "
        "på tvers av aktører.",
        """
        Oppdragsbeskrivelsen slår fast at gjenstridige samfunnsfloker utfordrer offentlig
        sektor og ofte krever at flere aktører samarbeider om å finne nye og innovative
        løsninger.
        """,
        CONTEXT_4,
        ["samarbeidsmodeller", "innovasjon"],
        ALL_LEADERS,
        [("supports", Q4_1)],
    ),
]

BARRIERS: list[Values] = [
    _item(
        B_FOR_KOMPLEKST,
        "barrier",
        "Noen samfunnsutfordringer er for komplekse for én kommune alene",
        "Systeminnovasjoner på viktige samfunnsområder er for krevende for den enkelte kommune.",
        """
        KS beskriver utfordringene Partnerskap for radikal innovasjon skal arbeide med som for
        komplekse og krevende for den enkelte kommune. Programmet har i første omgang prioritert
        ungt utenforskap og den demografiske utviklingen.
        """,
        fields={"level": "municipal", "affected": ["Den enkelte kommune"]},
        tags=["innovasjon", "samhandling"],
        audiences=ALL_LEADERS,
        cites=[(S_T2, "")],
    ),
    _item(
        B_LOCKIN,
        "barrier",
        "Konseptuell og faglig lock-in",
        "Et innovasjonsprogram kan låse seg fast i ett konsept eller én faglig tilnærming.",
        """
        KS ber følgeforskningen hjelpe Partnerskap for radikal innovasjon å unngå konseptuell og
        faglig lock-in. Programmet må lære av egne og andres erfaringer underveis og ha tilgang
        til internasjonalt ledende innovasjonsfaglig kompetanse.
        """,
        fields={"level": "national", "affected": ["Innovasjonsprogrammer i kommunal sektor"]},
        tags=["innovasjon", "læring"],
        audiences=ALL_LEADERS,
        cites=[(S_T2, "")],
    ),
]

# ======================================================================================
# Measures, the impact-contract archetype and indicator templates
# ======================================================================================

NIBR_NOTE = (
    "Anbefaling fra NIBR-rapporten «Nærings- og distriktsutvikling – perspektiver, "
    "politikk/virkemidler og samhandling» (Knut Onsager), slik KS gjengir den. Se rapporten "
    "for begrunnelsen."
)

MEASURES: list[Values] = [
    _item(
        M_NIBR_KAPASITET,
        "measure",
        "Styrke kommunal og regional kapasitet og kompetanse",
        "Mer kapasitet og kompetanse i kommuner og regioner på næringsutvikling, innovasjon, "
        "attraktivitet og bærekraft.",
        f"""
        Styrk den kommunale og regionale kapasiteten og kompetansen på næringsutvikling,
        innovasjon, attraktivitet og bærekraft.

        {NIBR_NOTE}
        """,
        fields={"actors": ["Kommuner", "Regionale aktører"], "level": "municipal"},
        tags=["NIBR", "næringsutvikling", "kompetanse"],
        audiences=HOST_AUDIENCES,
        cites=[(S_NIBR, "")],
        relations=[("addresses", Q1_3)],
    ),
    _item(
        M_NIBR_SAMHANDLING,
        "measure",
        "Styrke samhandlingen mellom kommuner, fylkeskommune og regional stat",
        "Bedre samhandling for å utnytte lokale og regionale fortrinn til bærekraftig "
        "næringsutvikling.",
        f"""
        Styrk samhandlingen mellom kommuner og kommuneregioner, fylkeskommunen og regional stat,
        for bedre å utnytte lokale og regionale fortrinn og muligheter for framtidsrettet og
        bærekraftig næringsutvikling, innovasjon og differensiering.

        {NIBR_NOTE}
        """,
        fields={
            "actors": ["Kommuner og kommuneregioner", "Fylkeskommunen", "Regional stat"],
            "level": "regional",
        },
        tags=["NIBR", "samhandling"],
        audiences=HOST_AUDIENCES,
        cites=[(S_NIBR, "")],
        relations=[("addresses", Q1_3)],
    ),
    _item(
        M_NIBR_SAMORDNING,
        "measure",
        "Samordne virkemiddel- og utviklingsapparatet bedre i kommuneregionene",
        "Bedre samordning av det næringsrettede virkemiddel- og utviklingsapparatet.",
        f"""
        Samordne det næringsrettede virkemiddel- og utviklingsapparatet bedre i
        kommuneregionene.

        {NIBR_NOTE}
        """,
        fields={
            "actors": ["Det næringsrettede virkemiddel- og utviklingsapparatet", "Kommuneregioner"],
            "level": "regional",
        },
        tags=["NIBR", "virkemiddelapparatet"],
        audiences=HOST_AUDIENCES,
        cites=[(S_NIBR, "")],
        relations=[("addresses", Q1_3)],
    ),
    _item(
        M_PARTNERSKAP,
        "measure",
        "Partnerskap for radikal innovasjon",
        "KS’ program for systeminnovasjoner på samfunnsutfordringer som er for store for én "
        "kommune.",
        """
        KS’ hovedstyre vedtok å etablere Partnerskap for radikal innovasjon, i første omgang som
        et treårig program, etter en flerårig prosess med medlemmene. Målet er å utvikle og
        realisere prioriterte systeminnovasjoner på viktige samfunnsområder, med FNs
        bærekraftsmål som utgangspunkt. Det skjer gjennom konkrete innovasjonsprosjekter sammen
        med KS’ medlemmer og andre parter: statlige aktører, forskningsmiljøer, privat
        næringsliv og frivillig sektor.

        Slik er programmet organisert ifølge utlysningen:

        - et kjerneteam i KS’ område for forskning, innovasjon og digitalisering
        - et strategisk råd for innovasjon og forskning med ti kommune- og fylkesdirektører
        - en ressursgruppe med sju personer fra kommunal sektor
        - en tverrfaglig faggruppe internt i KS

        De første prioriterte utfordringene er ungt utenforskap og den demografiske
        utviklingen, hver med sin portefølje av innovasjonsprosjekter. KS ser paralleller til en
        misjonsorientert tilnærming.
        """,
        fields={
            "actors": [
                "KS",
                "KS’ medlemmer",
                "Statlige aktører",
                "Forskningsmiljøer",
                "Privat næringsliv",
                "Frivillig sektor",
            ],
            "level": "national",
            "timeframe": "Tre år i første omgang",
        },
        tags=["innovasjon", "samhandling"],
        audiences=ALL_LEADERS,
        cites=[(S_T2, "")],
        relations=[("addresses", B_FOR_KOMPLEKST)],
    ),
    _item(
        M_FOLGEFORSKNING,
        "measure",
        "Følgeforskning som støtte for læring underveis",
        "Systematisk dokumentasjon og påvirkning av utviklingsretningen mens programmet pågår.",
        """
        KS ser følgeforskning som en kobling av løpende kunnskapsproduksjon og erfaringer fra
        andre relevante initiativ med programmets egne læringsprosesser. I Partnerskap for
        radikal innovasjon skal følgeforskningen dekke tre behov:

        1. innspill til strategisk utvikling og læring i programperioden
        2. overføringsverdi: å dokumentere metode og læringspunkter for framtidige satsinger
        3. et faglig grunnlag for å vurdere en eventuell videreføring

        Vurderingene skal spilles inn fortløpende, slik at programmet kan ta kunnskapsbaserte
        valg og endre eller forsterke innsatsen.
        """,
        fields={
            "actors": ["KS", "Forskningsmiljø"],
            "level": "national",
            "timeframe": "Hele programperioden",
        },
        tags=["følgeforskning", "læring"],
        audiences=ALL_LEADERS,
        cites=[(S_T2, "")],
        relations=[("addresses", B_LOCKIN), ("addresses", Q2_E), ("related", M_PARTNERSKAP)],
    ),
    _item(
        M_FOLKEVALGT,
        "measure",
        "Næringsmodul i KS’ folkevalgtprogram",
        "Kunnskap om vellykket kommunal næringsutvikling brukes i opplæringen av folkevalgte.",
        """
        KS skal bruke kunnskap og materiell fra prosjektet om vellykket kommunal
        næringsutvikling i Folkevalgtprogrammet. Utlysningen nevner en næringsmodul i
        folkevalgtprogrammet blant de bruksområdene kunnskapen er relevant for.
        """,
        fields={"actors": ["KS"], "level": "municipal"},
        tags=["folkevalgtprogrammet", "næringsutvikling"],
        audiences=["folkevalgte"],
        cites=[(S_T1, "")],
        relations=[("related", Q1_1)],
    ),
    _item(
        M_LAERINGSPROGRAM,
        "measure",
        "Læringsprogram for kommunedirektører og næringsutviklere",
        "Et læringsprogram for KS’ medlemmer om å ta i bruk ny kunnskap og utvikle bedre praksis.",
        """
        KS skal utvikle og tilby et læringsprogram for medlemmene, med ambisjon om å ta i bruk
        ny kunnskap, utnytte handlingsrommet og utvikle ny og bedre praksis. Utlysningen nevner
        læringsprogram for kommunedirektører og næringsutviklere blant produktene prosjektet
        kan bidra til.
        """,
        fields={"actors": ["KS"], "level": "municipal"},
        tags=["læringsprogram", "næringsutvikling"],
        audiences=ALL_LEADERS,
        cites=[(S_T1, "")],
        relations=[("addresses", Q1_3)],
    ),
    _item(
        M_NHO,
        "measure",
        "Øke næringslivets forståelse av kommunesektorens rolle",
        "NHO vil bruke kunnskapen til å styrke bedriftenes forståelse av kommunenes rolle, "
        "ansvar og oppgaver.",
        """
        NHO vil bruke kunnskap og materiell fra prosjektet til å øke næringslivets forståelse
        av kommunesektorens rolle, ansvar og oppgaver. NHO vil også bruke kunnskapen i egen
        organisasjon og overfor medlemmene for å finne nye måter å bedre samspillet mellom
        næringslivet og kommunesektoren på.
        """,
        fields={"actors": ["NHO", "NHOs medlemmer"], "level": "business"},
        tags=["næringsliv", "samhandling"],
        audiences=["naeringsliv", "naeringsutviklere"],
        cites=[(S_T1, "")],
        relations=[("addresses", Q1_4)],
    ),
    _item(
        M_KARING,
        "measure",
        "Kunnskapsgrunnlag for kåringen av Årets vertskapskommune",
        "Prosjektet skal gi et styrket kunnskapsgrunnlag for kåringen.",
        """
        Prosjektet om vellykket kommunal næringsutvikling skal gi et styrket kunnskapsgrunnlag
        for kåringene av Årets vertskapskommune, og et kriteriesett for kåring er blant
        produktene utlysningen ber tilbyderne foreslå. Kandidatene til Årets vertskapskommune
        2019 kan være et startpunkt for en kvalitativ kartlegging.

        Utlysningen beskriver ikke selve kriteriene. Biblioteket har derfor ingen kriterier
        for kåringen ennå.
        """,
        fields={"actors": ["KS"], "level": "national"},
        tags=["vertskapskommune", "kåring"],
        audiences=HOST_AUDIENCES,
        cites=[(S_T1, "")],
        relations=[("related", Q1_1)],
    ),
    _item(
        M_PILOT_SYKEFRAVAER,
        "measure",
        "Pilot: effektkontrakt for lavere sykefravær",
        "Den ene av KS’ to piloter om sosiale effektinvesteringer skal etter planen handle om å "
        "redusere sykefravær.",
        """
        KS har fått skjønnsmidler fra KMD til to piloter om sosiale effektinvesteringer på
        arbeidslivsområdet. Den ene er foreløpig tenkt å handle om å redusere sykefravær.
        Kommuner skal verves til piloten, og indikatorer og effektmåling skal fastsettes
        underveis.
        """,
        fields={"actors": ["KS", "Kommuner som verves til piloten"], "level": "municipal"},
        tags=["effektkontrakter", "sykefravær"],
        audiences=ALL_LEADERS,
        cites=[(S_T3, "")],
        relations=[("related", A_EFFEKTKONTRAKT)],
    ),
    _item(
        M_PILOT_REKRUTTERING,
        "measure",
        "Pilot: effektkontrakt for rekruttering til arbeidslivet",
        "Den andre av KS’ to piloter om sosiale effektinvesteringer skal etter planen handle om "
        "rekruttering til arbeidslivet.",
        """
        KS har fått skjønnsmidler fra KMD til to piloter om sosiale effektinvesteringer på
        arbeidslivsområdet. Den andre er foreløpig tenkt å handle om rekruttering til
        arbeidslivet. Kommuner skal verves til piloten, og indikatorer og effektmåling skal
        fastsettes underveis.
        """,
        fields={"actors": ["KS", "Kommuner som verves til piloten"], "level": "municipal"},
        tags=["effektkontrakter", "rekruttering"],
        audiences=ALL_LEADERS,
        cites=[(S_T3, "")],
        relations=[("related", A_EFFEKTKONTRAKT)],
    ),
]

NIBR_MEASURES = (M_NIBR_KAPASITET, M_NIBR_SAMHANDLING, M_NIBR_SAMORDNING)

ARCHETYPES: list[Values] = [
    _item(
        A_EFFEKTKONTRAKT,
        "archetype",
        "Effektkontrakt",
        "Private investorer finansierer en innsats, og det offentlige betaler etter oppnådde "
        "resultater.",
        """
        Sosiale effektinvesteringer skal gi både økonomisk avkastning og en målbar sosial
        effekt, på kort og lang sikt. De er ofte en alternativ modell for offentlig-privat
        samarbeid der ansvar og risiko fordeles mellom partene. Effektkontrakter er én av flere
        modeller.

        I en typisk effektkontrakt stiller private investorer kapital til en innsats som private
        eller ideelle aktører utfører. Kontrakten inneholder fastsatte resultatmål, og det
        offentlige betaler investoren etter hvor godt målene nås.

        Fordeler KS peker på:

        - risikoavlastning for de offentlige aktørene og for leverandørene i samarbeidet
        - tiltak som virker godt for målgruppen, kan skaleres raskere
        - tiltak som ikke virker, kan avsluttes tidligere og uten kostnad

        KS ser effektinvesteringer som en interessant metode for tjenesteinnovasjon,
        offentlig-privat samarbeid og sterkere vekt på effektene av innsatsen. Arbeidet er en
        del av KS’ arbeid med sosiale investeringer, med tjenesteutvikling på områder med store
        utfordringer som formål.
        """,
        fields={
            "characteristics": [
                "Private investorer stiller kapital til en innsats",
                "Innsatsen utføres av private eller ideelle aktører",
                "Resultater vektlegges framfor aktiviteter og ressursinnsats",
                "Resultatmålene er fastsatt i kontrakten",
                "Det offentlige betaler investoren etter resultatoppnåelse",
                "Ansvar og risiko fordeles mellom partene",
            ]
        },
        tags=["effektkontrakter", "sosiale investeringer"],
        audiences=ALL_LEADERS,
        cites=[(S_T3, "")],
    ),
]

LOCAL = "Fylles ut lokalt"
INDICATOR_NOTE = (
    "Dette er en mal. KS ba om hjelp til å identifisere indikatorer og måle effekt i pilotene; "
    "utgangsverdi, målverdi og avgrensning må fastsettes lokalt og i effektkontrakten."
)

INDICATORS: list[Values] = [
    _item(
        I_SYKEFRAVAER,
        "indicator",
        "Sykefravær i pilotens målgruppe",
        "Sykefraværet blant dem piloten omfatter, målt før og under innsatsen.",
        INDICATOR_NOTE,
        fields={
            "unit": "prosent",
            "definition": "Tapte dagsverk på grunn av sykefravær i prosent av avtalte "
            "dagsverk, for de ansatte eller enhetene piloten omfatter. Hvilke "
            "fraværstyper som tas med, avtales i effektkontrakten.",
            "data_source": "Kommunens egne fraværstall (fylles ut lokalt)",
            "baseline": f"{LOCAL}: målt før innsatsen starter",
            "target": f"{LOCAL}: resultatmålet i effektkontrakten",
            "frequency": "quarterly",
        },
        tags=["effektkontrakter", "indikatorer", "sykefravær"],
        audiences=ALL_LEADERS,
        cites=[(S_T3, "")],
        relations=[("measures", M_PILOT_SYKEFRAVAER)],
    ),
    _item(
        I_REKRUTTERING,
        "indicator",
        "Deltakere som kommer i arbeid",
        "Andelen av deltakerne i piloten som er i arbeid en tid etter innsatsen.",
        INDICATOR_NOTE,
        fields={
            "unit": "prosent av deltakerne",
            "definition": "Andelen av deltakerne i piloten som er i arbeid et avtalt tidsrom "
            "etter at innsatsen er avsluttet. Målgruppe, hva som regnes som "
            "arbeid og tidsrommet avtales i effektkontrakten.",
            "data_source": "Avtales i effektkontrakten (fylles ut lokalt)",
            "baseline": f"{LOCAL}: målt før innsatsen starter",
            "target": f"{LOCAL}: resultatmålet i effektkontrakten",
            "frequency": "quarterly",
        },
        tags=["effektkontrakter", "indikatorer", "rekruttering"],
        audiences=ALL_LEADERS,
        cites=[(S_T3, "")],
        relations=[("measures", M_PILOT_REKRUTTERING)],
    ),
    _item(
        I_RESULTATMAL,
        "indicator",
        "Oppnådde resultatmål i effektkontrakten",
        "Hvor stor del av resultatmålene som er nådd; grunnlaget for betalingen til investoren.",
        INDICATOR_NOTE,
        fields={
            "unit": "prosent av resultatmålene",
            "definition": "Andelen av resultatmålene i effektkontrakten som er nådd ved det "
            "avtalte måletidspunktet. Det offentlige betaler investoren etter "
            "denne resultatoppnåelsen.",
            "data_source": "Pilotens måle- og rapporteringsopplegg (fylles ut lokalt)",
            "baseline": LOCAL,
            "target": f"{LOCAL}: som avtalt i effektkontrakten",
            "frequency": "yearly",
        },
        tags=["effektkontrakter", "indikatorer"],
        audiences=ALL_LEADERS,
        cites=[(S_T3, "")],
        relations=[("measures", M_PILOT_SYKEFRAVAER), ("measures", M_PILOT_REKRUTTERING)],
    ),
]

# ======================================================================================
# Collaboration models (the fourth document)
# ======================================================================================

ACTOR_GROUPS = [
    "Offentlig virksomhet (statlig, kommunal eller regional)",
    "Forskningsinstitusjon",
    "Bedrift, næringsliv eller oppstartsselskap",
    "Frivillig organisasjon",
]
NOT_YET = (
    "Oppdragsbeskrivelsen navngir denne samarbeidsformen, men beskriver ikke roller, faser, "
    "styrker eller svakheter. Fyll ut feltene når modellen er dokumentert."
)

COLLABORATION_MODELS: list[Values] = [
    _item(
        CM_PARAMETRE,
        "collaboration_model",
        "Dynamisk samarbeidsmodell for innovasjon i offentlig sektor",
        "Hva en samarbeidsmodell er, og hvilke kjennetegn som må beskrives for at den skal "
        "kunne overføres.",
        """
        En samarbeidsmodell beskriver eller anskueliggjør kjennetegn ved et samarbeid, enten
        for å gjøre det lettere å planlegge nye samarbeid eller som forbilde for andre som skal
        organisere noe lignende. Den kan også beskrive kvaliteter og roller som trengs i det
        praktiske innovasjonsarbeidet. En *dynamisk* modell sier i tillegg noe om hvilke
        prosesser og hvilken dynamikk som egner seg til ulike oppgaver.

        Samarbeidet skal være rettet mot innovasjon i offentlig sektor: å utvikle og ta i bruk
        nye eller vesentlig forbedrede varer, tjenester, prosesser, organisasjons- og
        styringsformer eller konsepter i én eller flere offentlige virksomheter, for å skape
        verdier og samfunnsnytte.

        Parametre oppdragsbeskrivelsen peker på:

        - hvilke aktørgrupper som deltar
        - kjennetegn og kvaliteter ved samarbeidet, og rollene i det operative arbeidet
        - prosesser og dynamikk
        - styrker og svakheter
        - hvilke utfordringer modellen egner seg til å løse

        En god modell balanserer det selvfølgelige, som gjelder alle samarbeid, mot de
        særegne forutsetningene, som blir for spesifikke og lokale. Oppdraget skiller mellom
        tre samarbeidsformer; de ligger som egne samarbeidsmodeller i biblioteket.
        """,
        fields={
            "actor_groups": ACTOR_GROUPS,
            "dynamics": "En dynamisk modell beskriver ikke bare faste kjennetegn ved "
            "samarbeidet, men også hvilke prosesser og hvilken dynamikk som egner "
            "seg til å løse ulike oppgaver.",
            "suited_challenges": [
                "Gjenstridige samfunnsfloker som krever at flere aktører "
                "finner nye løsninger sammen"
            ],
        },
        tags=["samarbeidsmodeller", "innovasjon"],
        audiences=ALL_LEADERS,
        cites=[(S_T4, "")],
    ),
    _item(
        CM_PROSJEKT,
        "collaboration_model",
        "Samarbeid om et enkeltstående utviklingsprosjekt",
        "Offentlige virksomheter og andre aktører samarbeider om ett avgrenset utviklingsprosjekt.",
        f"""
        Én av tre samarbeidsformer oppdragsbeskrivelsen nevner: samarbeid rundt et
        enkeltstående utviklingsprosjekt mellom én eller flere offentlige virksomheter og
        forskningsinstitusjoner, bedrifter eller frivillige organisasjoner.

        {NOT_YET}
        """,
        fields={"actor_groups": ACTOR_GROUPS},
        tags=["samarbeidsmodeller", "innovasjon"],
        audiences=ALL_LEADERS,
        cites=[(S_T4, "")],
        relations=[("related", CM_PARAMETRE)],
    ),
    _item(
        CM_RAMMEBETINGELSER,
        "collaboration_model",
        "Langsiktig samarbeid om rammebetingelser for endring",
        "Et varig samarbeid om rammene for endringsprosessene, ikke om ett enkelt prosjekt.",
        f"""
        Én av tre samarbeidsformer oppdragsbeskrivelsen nevner: langsiktig samarbeid om
        rammebetingelser for endringsprosessene.

        {NOT_YET}
        """,
        fields={"actor_groups": ACTOR_GROUPS},
        tags=["samarbeidsmodeller", "innovasjon"],
        audiences=ALL_LEADERS,
        cites=[(S_T4, "")],
        relations=[("related", CM_PARAMETRE)],
    ),
    _item(
        CM_OKOSYSTEM,
        "collaboration_model",
        "Økosystem for innovasjon",
        "Samarbeid som involverer mange virksomheter fra flere aktørgrupper.",
        f"""
        Én av tre samarbeidsformer oppdragsbeskrivelsen nevner: et økosystem for innovasjon,
        det vil si samarbeid som involverer mange virksomheter fra flere aktørgrupper.

        {NOT_YET}
        """,
        fields={
            "actor_groups": ACTOR_GROUPS,
            "dynamics": "Mange virksomheter fra flere aktørgrupper deltar samtidig.",
        },
        tags=["samarbeidsmodeller", "innovasjon"],
        audiences=ALL_LEADERS,
        cites=[(S_T4, "")],
        relations=[("related", CM_PARAMETRE)],
    ),
]

ITEMS: list[Values] = [
    *SOURCES,
    *QUESTIONS,
    *BARRIERS,
    *ARCHETYPES,
    *COLLABORATION_MODELS,
    *MEASURES,
    *INDICATORS,
    *FINDINGS,
]

# ======================================================================================
# Modules
# ======================================================================================


def _ref(item_id: str, display: str = "full") -> Values:
    """Return a block that shows a library item (live)."""
    return {"block_type": "item", "item_id": item_id, "display": display}


def _text(text: str, title: str = "") -> Values:
    """Return a free Markdown text block."""
    return {"block_type": "text", "title": title, "text": _md(text)}


def _exercise(kind: str, title: str, text: str, minutes: int) -> Values:
    """Return an exercise block (reflection, group task or case discussion)."""
    return {
        "block_type": "exercise",
        "exercise_kind": kind,
        "title": title,
        "text": _md(text),
        "minutes": minutes,
    }


def _note(text: str) -> Values:
    """Return a trainer note (never shown in participant outputs)."""
    return {
        "block_type": "trainer_note",
        "title": "Til treneren",
        "text": _md(text),
        "trainer_only": True,
    }


def _module(
    module_id: str,
    code: str,
    title: str,
    description: str,
    *,
    audiences: list[str],
    objectives: list[str],
    minutes: int,
    sections: list[tuple[str, list[Values]]],
) -> Values:
    """Return the CreateModule values of a starter module."""
    return {
        "id": module_id,
        "code": code,
        "title": title,
        "description": _md(description),
        "audiences": audiences,
        "objectives": objectives,
        "duration_minutes": minutes,
        "language": LANGUAGE,
        "status": STATUS,
        "starter": True,
        "sections": [
            {
                "id": _child_id(module_id, "section", si),
                "title": stitle,
                "blocks": [
                    {"id": _child_id(module_id, "block", si, bi), **b}
                    for bi, b in enumerate(blocks)
                ],
            }
            for si, (stitle, blocks) in enumerate(sections)
        ],
    }


MODULES: list[Values] = [
    _module(
        MOD_VERTSKAP,
        "NV-01",
        "Kommunen som vertskap for næringslivet",
        """
        Hvorfor næringsutvikling angår kommunen, hva som kjennetegner en god vertskapskommune,
        og hva som kan stå i veien.
        """,
        audiences=HOST_AUDIENCES,
        objectives=[
            "Forklare hvorfor tilretteleggerrollen er viktig selv om den ikke er lovpålagt",
            "Drøfte hva som kjennetegner en god vertskapskommune",
            "Kjenne igjen hindringer for samhandling i egen kommune",
        ],
        minutes=120,
        sections=[
            (
                "Hvorfor næringsutvikling angår kommunen",
                [
                    _text("""
                    Kommunen har ingen lovplikt til å legge til rette for næringslivet, men
                    rollen henger tett sammen med resten av samfunnsutviklingen. I denne delen
                    ser vi på hva KS legger til grunn når vertskapsrollen skal styrkes.
                    """),
                    _ref(F_IKKE_LOVPALAGT),
                    _ref(F_GJENSIDIG),
                    _ref(F_KORONA, "summary"),
                    _ref(F_LANDSTING, "summary"),
                    _note("""
                    Åpne med en runde der deltakerne sier hvilke bedrifter som betyr mest for
                    kommunen deres. Hold innledningen kort; poenget er at rollen er frivillig,
                    men viktig. Funnene her er bakgrunnsbeskrivelser fra KS, ikke
                    forskningsresultater – si det tydelig.
                    """),
                ],
            ),
            (
                "Kjennetegn på en god vertskapskommune",
                [
                    _ref(Q1_1),
                    _ref(M_KARING, "summary"),
                    _exercise(
                        "reflection",
                        "Vår kommune som vertskap",
                        """
                    Tenk på en bedrift i din kommune. Hva ville den sagt at kommunen gjør godt
                    som vertskap, og hva savner den?
                    """,
                        10,
                    ),
                ],
            ),
            (
                "Hva står i veien?",
                [
                    _ref(Q1_2),
                    _exercise(
                        "group_task",
                        "Kartlegg hindringene",
                        """
                    Lag en oversikt over hindringer for samhandling i egen kommune: med
                    næringslivet, mellom politikk og administrasjon, internt i administrasjonen,
                    med nabokommuner og fylkeskommunen, og med virkemiddelapparatet. Marker de
                    to viktigste og begrunn valget.
                    """,
                        30,
                    ),
                    _note("""
                    Sett sammen grupper på tvers av kommuner om mulig. Be gruppene skrive ned
                    konkrete situasjoner, ikke generelle påstander. Samle de viktigste
                    hindringene på tavla; de brukes igjen i modulen om tiltak.
                    """),
                ],
            ),
        ],
    ),
    _module(
        MOD_NIBR,
        "NV-02",
        "Tiltak for samhandling: anbefalingene fra NIBR",
        """
        De tre anbefalingene i NIBR-rapporten om nærings- og distriktsutvikling, og hvordan de
        kan omsettes til lokal praksis.
        """,
        audiences=HOST_AUDIENCES,
        objectives=[
            "Gjengi de tre anbefalingene fra NIBR-rapporten",
            "Vurdere hvilke av anbefalingene som er mest aktuelle i egen region",
            "Foreslå ett konkret tiltak for bedre samhandling",
        ],
        minutes=90,
        sections=[
            (
                "Tre anbefalinger",
                [
                    _text("""
                    KS viser til en NIBR-rapport med tre anbefalinger for å styrke distriktenes
                    evne til å utforme og gjennomføre politikk, og for en bærekraftig
                    næringsutvikling tilpasset lokale og regionale fortrinn.
                    """),
                    _ref(M_NIBR_KAPASITET),
                    _ref(M_NIBR_SAMHANDLING),
                    _ref(M_NIBR_SAMORDNING),
                    _ref(S_NIBR, "title"),
                    _note("""
                    Presenter anbefalingene slik de står, og unngå å legge til tall eller
                    begrunnelser som ikke står i kilden. Har du lest rapporten selv, kan du
                    supplere med sidehenvisninger.
                    """),
                ],
            ),
            (
                "Fra anbefaling til lokal praksis",
                [
                    _ref(Q1_3, "summary"),
                    _ref(F_BAEREKRAFT, "summary"),
                    _exercise(
                        "group_task",
                        "Velg og konkretiser en anbefaling",
                        """
                    Velg den anbefalingen som passer best for deres region. Beskriv ett
                    konkret tiltak: hvem gjør hva, med hvem, og hvordan dere vil se at det
                    virker.
                    """,
                        30,
                    ),
                    _exercise(
                        "reflection",
                        "Min rolle",
                        """
                    Hva kan du selv gjøre i din rolle for at tiltaket gruppen foreslo, blir
                    gjennomført?
                    """,
                        10,
                    ),
                    _note("""
                    Knytt gruppeoppgaven til hindringene deltakerne fant i forrige modul, om de
                    har vært gjennom den. La hver gruppe presentere tiltaket på to minutter.
                    """),
                ],
            ),
        ],
    ),
    _module(
        MOD_NAERINGSLIV,
        "NV-03",
        "Næringslivet som samarbeidspartner",
        """
        Hva kommunen kan forvente av næringslivet, og hvordan partene kan forstå hverandres
        roller bedre.
        """,
        audiences=["folkevalgte", "naeringsutviklere", "naeringsliv"],
        objectives=[
            "Beskrive hva som kreves av næringslivet som samarbeidspartner",
            "Drøfte hvordan kommune og næringsliv kan få bedre kjennskap til hverandres roller",
        ],
        minutes=75,
        sections=[
            (
                "Hva kreves av næringslivet?",
                [
                    _ref(Q1_4),
                    _ref(F_GJENSIDIG, "summary"),
                    _ref(M_NHO),
                ],
            ),
            (
                "Rolleforståelse i praksis",
                [
                    _exercise(
                        "case_discussion",
                        "En bedrift vil utvide",
                        """
                    Et tenkt tilfelle: En mellomstor bedrift vil utvide og trenger mer areal.
                    Bedriften tar direkte kontakt med ordføreren. Hvem i kommunen bør involveres,
                    og når? Hva bør bedriften vite om hvordan kommunen arbeider, og hva bør
                    kommunen vite om bedriftens behov?
                    """,
                        30,
                    ),
                    _exercise(
                        "reflection",
                        "Arenaer for dialog",
                        """
                    Hvilke faste møteplasser har kommunen og næringslivet hos dere i dag, og
                    hvem deltar der?
                    """,
                        10,
                    ),
                    _note("""
                    Tilfellet er konstruert for diskusjonen og bygger ikke på en virkelig
                    kommune. Få fram skillet mellom folkevalgtes og administrasjonens roller,
                    og spør hva organisert samarbeid mellom bedriftene kunne endret.
                    """),
                ],
            ),
        ],
    ),
    _module(
        MOD_SAMARBEID,
        "NV-04",
        "Samarbeidsmodeller for innovasjon",
        """
        Hvordan samarbeid mellom offentlige virksomheter, forskning, næringsliv og frivillighet
        kan beskrives som modeller, og hva et program som Partnerskap for radikal innovasjon
        kan lære oss.
        """,
        audiences=ALL_LEADERS,
        objectives=[
            "Skille mellom tre former for innovasjonssamarbeid",
            "Beskrive et eget samarbeid med parametrene i en samarbeidsmodell",
            "Drøfte hvordan et innovasjonsprogram kan unngå å låse seg fast",
        ],
        minutes=120,
        sections=[
            (
                "Hva er en samarbeidsmodell?",
                [
                    _ref(F_FLOKER, "summary"),
                    _ref(CM_PARAMETRE),
                    _ref(CM_PROSJEKT, "summary"),
                    _ref(CM_RAMMEBETINGELSER, "summary"),
                    _ref(CM_OKOSYSTEM, "summary"),
                    _exercise(
                        "group_task",
                        "Plasser egne samarbeid",
                        """
                    List opp innovasjonssamarbeid kommunen deltar i. Plasser hvert av dem som
                    enkeltstående prosjekt, langsiktig samarbeid om rammebetingelser eller
                    økosystem. Velg ett og beskriv aktørgrupper, roller og dynamikk.
                    """,
                        30,
                    ),
                    _note("""
                    Modellene i biblioteket er foreløpig bare navngitt; styrker og svakheter er
                    ikke dokumentert. Bruk det som en invitasjon: deltakernes egne eksempler er
                    materialet. Be om samtykke før eksempler fra gruppene brukes videre.
                    """),
                ],
            ),
            (
                "Når utfordringen er for stor for én kommune",
                [
                    _ref(B_FOR_KOMPLEKST, "summary"),
                    _ref(M_PARTNERSKAP, "summary"),
                    _ref(B_LOCKIN, "summary"),
                    _ref(M_FOLGEFORSKNING, "summary"),
                    _exercise(
                        "reflection",
                        "Hvor er vi låst?",
                        """
                    Finnes det områder der din organisasjon har låst seg til én måte å løse
                    oppgaven på? Hva skulle til for å prøve noe annet?
                    """,
                        10,
                    ),
                ],
            ),
        ],
    ),
    _module(
        MOD_EFFEKT,
        "NV-05",
        "Effektkontrakter og måling av effekt",
        """
        Hva en effektkontrakt er, KS’ to piloter på arbeidslivsområdet, og hvordan indikatorer
        kan gjøre resultatmålene målbare.
        """,
        audiences=ALL_LEADERS,
        objectives=[
            "Forklare hvordan en effektkontrakt fordeler ansvar og risiko",
            "Kjenne til KS’ to piloter om sosiale effektinvesteringer",
            "Fylle ut en indikatormal for et resultatmål",
        ],
        minutes=105,
        sections=[
            (
                "Modellen",
                [
                    _ref(A_EFFEKTKONTRAKT),
                    _ref(F_EFFEKT_STAT, "summary"),
                    _exercise(
                        "case_discussion",
                        "Passer en effektkontrakt hos oss?",
                        """
                    Velg et tjenesteområde med store utfordringer i kommunen. Drøft om en
                    effektkontrakt kunne passe: Hva ville vært et målbart resultat, hvem ville
                    bære risikoen, og hva ville skjedd om tiltaket ikke virket?
                    """,
                        25,
                    ),
                    _note("""
                    Skill tydelig mellom modellen slik KS beskriver den og erfaringer fra
                    pilotene; utlysningen sier ingenting om resultater. Vær åpen om at modellen
                    også reiser spørsmål deltakerne kan være uenige om.
                    """),
                ],
            ),
            (
                "Pilotene og indikatorene",
                [
                    _ref(M_PILOT_SYKEFRAVAER, "summary"),
                    _ref(M_PILOT_REKRUTTERING, "summary"),
                    _ref(I_SYKEFRAVAER),
                    _ref(I_REKRUTTERING),
                    _ref(I_RESULTATMAL, "summary"),
                    _exercise(
                        "group_task",
                        "Fyll ut en indikatormal",
                        """
                    Velg én av indikatorene og fyll den ut for din kommune: avgrens
                    målgruppen, finn datakilden, og foreslå utgangsverdi, målverdi og hvor ofte
                    det skal måles.
                    """,
                        30,
                    ),
                    _note("""
                    Indikatorene er maler med «Fylles ut lokalt». Be gruppene skrive ned hvor
                    de mangler data; det er et nyttig funn i seg selv.
                    """),
                ],
            ),
        ],
    ),
]

# ======================================================================================
# Curricula
# ======================================================================================

CURRICULA: list[Values] = [
    {
        "id": CUR_FOLKEVALGT,
        "title": "Næringsmodul i Folkevalgtprogrammet",
        "programme": "Folkevalgtprogrammet",
        "description": _md("""
            Demoprogram for folkevalgte om kommunen som vertskap for næringslivet, bygd på
            startinnholdet fra KS’ utlysninger.
            """),
        "audiences": ["folkevalgte"],
        "edition": "Startinnhold 2027",
        "edition_date": "2027-01-04",
        "language": LANGUAGE,
        "status": STATUS,
        "starter": True,
        "sessions": [
            {
                "id": SES_FV_1,
                "title": "Samling 1: Kommunen som vertskap",
                "date": "2027-02-11",
                "start_time": "09:00",
                "modules": [MOD_VERTSKAP],
            },
            {
                "id": SES_FV_2,
                "title": "Samling 2: Tiltak og samspill",
                "date": "2027-03-11",
                "start_time": "09:00",
                "modules": [MOD_NIBR, MOD_NAERINGSLIV],
            },
        ],
    },
    {
        "id": CUR_LEDERE,
        "title": "Læringsprogram for kommunedirektører og næringsutviklere",
        "programme": "Læringsprogram om kommunal næringsutvikling",
        "description": _md("""
            Demoprogram for kommunedirektører og næringsutviklere om vertskapsrollen,
            samhandling, samarbeidsmodeller og effektkontrakter.
            """),
        "audiences": ["kommunedirektorer", "naeringsutviklere"],
        "edition": "Startinnhold 2027",
        "edition_date": "2027-01-04",
        "language": LANGUAGE,
        "status": STATUS,
        "starter": True,
        "sessions": [
            {
                "id": SES_LED_1,
                "title": "Samling 1: Vertskapsrollen og samhandling",
                "date": "2027-04-15",
                "start_time": "09:00",
                "modules": [MOD_VERTSKAP, MOD_NIBR],
            },
            {
                "id": SES_LED_2,
                "title": "Samling 2: Samarbeidsmodeller og effektkontrakter",
                "date": "2027-05-20",
                "start_time": "09:30",
                "modules": [MOD_SAMARBEID, MOD_EFFEKT],
            },
        ],
    },
]
