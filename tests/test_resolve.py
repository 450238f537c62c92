"""kg.resolve through the whole pipeline: anaphora point to the right entity, names merge.

Every text here is invented for the tests. A known gap is a strict xfail whose reason names the
construction.
"""

from __future__ import annotations

import pytest

from kg.types import Certainty, EntityType

A = Certainty.ASSERTED


def gap(reason: str):
    return pytest.mark.xfail(reason=f"known gap: {reason}", strict=True)


# -- anaphora: the relation lands on the entity the pronoun or description refers to ------------

ANAPHORA = [
    pytest.param(
        "Fondée en 1994 par le pharmacien Gérard Poulain, la société Medivia emploie 1 400 "
        "personnes. Sa directrice générale, Hélène Marchetti, restera en poste.",
        {("Medivia", "hasCEO", "Hélène Marchetti", A),
         ("Medivia", "foundedBy", "Gérard Poulain", A)},
        id="possessive-after-a-sentence-opened-by-a-participle",
    ),
    pytest.param(
        "Rachetée en 2021 par le fonds Kalpa, Ondivia a doublé ses ventes. Son président, "
        "Marc Delorme, vise désormais l'Allemagne.",
        {("Marc Delorme", "worksFor", "Ondivia", A)},
        id="possessive-after-a-participle-the-parser-made-the-root",
    ),
    pytest.param(
        "La maison Vérane a racheté la Ganterie de Millau, un atelier de trente artisans. La "
        "marque veut faire du gant G-12 de l'atelier la vedette de sa collection.",
        {("Ganterie de Millau", "develops", "G-12", A)},
        id="description-l'atelier-a-workshop-described-so-before",
    ),
    pytest.param(
        "Le groupe Vérane a racheté l'atelier lyonnais Soieries Marbeuf. Le foulard F-20 de "
        "l'atelier sera vendu dans ses boutiques.",
        {("Soieries Marbeuf", "develops", "F-20", A)},
        id="description-l'atelier-named-with-its-descriptor",
    ),
    pytest.param(
        "Gauthier Marchal quitte la présidence de la société. Il reste au conseil "
        "d'administration de Vendora.",
        {("Gauthier Marchal", "worksFor", "Vendora", A)},
        id="pronoun-il-the-parser-read-as-impersonal",
    ),
    pytest.param(
        "La start-up Dreamjet conçoit des drones de livraison. Elle a levé 20 millions d'euros "
        "auprès du fonds Eurazeo.",
        {("Eurazeo", "investsIn", "Dreamjet", A)},
        id="pronoun-elle-subject-of-previous-sentence",
    ),
    pytest.param(
        "La start-up Dreamjet, installée à Lyon, conçoit des drones. Elle a signé un contrat "
        "avec le groupe Airbus.",
        {("Dreamjet", "contractWith", "Airbus", A)},
        id="pronoun-elle-contract",
    ),
    pytest.param(
        "La start-up Dreamjet a signé un contrat avec la société Airbus. Elle a ensuite levé "
        "20 millions d'euros auprès du fonds Eurazeo.",
        {("Eurazeo", "investsIn", "Dreamjet", A)},
        id="pronoun-elle-prefers-subject-over-object",
    ),
    pytest.param(
        "Antoine Lemaire a quitté le groupe Danone en 2020. Il dirige désormais la start-up "
        "Dreamjet.",
        {("Dreamjet", "hasCEO", "Antoine Lemaire", A)},
        id="pronoun-il-person",
    ),
    pytest.param(
        "Le groupe Orange, qui a racheté la start-up Dreamjet en mars, publie ses résultats.",
        {("Orange", "acquired", "Dreamjet", A)},
        id="relative-pronoun-qui",
    ),
    pytest.param(
        "La start-up Dreamjet conçoit des drones de livraison. Le groupe Orange a investi dans "
        "la start-up.",
        {("Orange", "investsIn", "Dreamjet", A)},
        id="nominal-la-start-up",
    ),
    pytest.param(
        "Le groupe Orange a publié ses résultats. La start-up Dreamjet a été fondée en 2015. "
        "La start-up a levé 20 millions d'euros auprès du fonds Eurazeo.",
        {("Eurazeo", "investsIn", "Dreamjet", A)},
        id="nominal-la-start-up-skips-a-groupe",
    ),
    pytest.param(
        "Le groupe Orange a publié ses résultats trimestriels mardi. Le groupe a également "
        "racheté la société Dreamjet.",
        {("Orange", "acquired", "Dreamjet", A)},
        id="nominal-le-groupe",
    ),
    pytest.param(
        "Le groupe Orange a publié ses résultats mardi. L'opérateur français a racheté la "
        "start-up Dreamjet.",
        {("Orange", "acquired", "Dreamjet", A)},
        id="nominal-l-operateur-francais-new-description",
    ),
    pytest.param(
        "L'opérateur français Orange a publié ses résultats mardi. L'opérateur a racheté la "
        "start-up Dreamjet.",
        {("Orange", "acquired", "Dreamjet", A)},
        id="nominal-l-operateur-repeated-description",
    ),
    pytest.param(
        "Le groupe français Orange a publié ses résultats mardi. Le français a racheté la "
        "start-up Dreamjet.",
        {("Orange", "acquired", "Dreamjet", A)},
        id="nominal-le-francais-nationality",
    ),
    pytest.param(
        "Le groupe Mistral AI a levé 600 millions d'euros. Son modèle Codestral séduit déjà les "
        "développeurs.",
        {("Mistral AI", "develops", "Codestral", A)},
        id="possessive-son-modele",
    ),
    pytest.param(
        "Le groupe Capgemini a publié ses comptes. Sa filiale Sogeti recrute des ingénieurs.",
        {("Sogeti", "subsidiaryOf", "Capgemini", A)},
        id="possessive-sa-filiale",
    ),
    pytest.param(
        "Le groupe Carrefour a publié ses ventes. Son rival Auchan a perdu des parts de marché.",
        {("Carrefour", "competitorOf", "Auchan", A)},
        id="possessive-son-rival",
    ),
    pytest.param(
        "La société Thales et la start-up Hydroflux ont signé un accord. Les deux entreprises "
        "travaillent en partenariat depuis 2020.",
        {("Thales", "partnersWith", "Hydroflux", A)},
        id="plural-les-deux-entreprises-partnership",
    ),
    pytest.param(
        "La société Thales et la start-up Hydroflux ont signé un accord. Les deux entreprises "
        "travaillent en partenariat sur le drone Aquila.",
        {("Thales", "develops", "Aquila", A), ("Hydroflux", "develops", "Aquila", A)},
        id="plural-les-deux-entreprises-develop",
    ),
    pytest.param(
        "La start-up Phalène AI a dévoilé en mars Nuvia, son premier modèle. Ce LLM servira de "
        "base à Corvis, l'assistant vocal de Corvélis.",
        {("Corvis", "basedOn", "Nuvia", A)},
        id="demonstrative-ce-llm-is-the-model-just-named",
    ),
    pytest.param(
        "Le laboratoire Sorbel a dévoilé jeudi Ilia, son modèle de langage. Dès l'an prochain, "
        "ce LLM servira de socle à Trame, le nouvel agent de l'éditeur Kestrel.",
        {("Trame", "basedOn", "Ilia", A)},
        id="demonstrative-ce-llm-after-a-fronted-adverbial",
    ),
    pytest.param(
        "Le groupe Vantrel a lancé la plateforme Orkos en 2021. Cette plateforme servira de "
        "base à Vigil, la nouvelle application de la start-up Kerys.",
        {("Vigil", "basedOn", "Orkos", A)},
        id="demonstrative-cette-plateforme-a-product",
    ),
    pytest.param(
        "Le groupe Vantrel a racheté la plateforme de covoiturage Vinto en 2021. Cette "
        "plateforme a signé depuis un partenariat avec la start-up Kerys.",
        {("Vinto", "partnersWith", "Kerys", A)},
        id="demonstrative-cette-plateforme-a-company",
    ),
    pytest.param(
        "Changement de cap chez Norvalis : sa présidente, Claire Dubreuil, quitte la direction "
        "du fabricant de chaudières, installé à Mulhouse, pour rejoindre le conseil.",
        {("Norvalis", "locatedIn", "Mulhouse", A)},
        id="description-in-a-complement-the-only-company-before-it",
    ),
    pytest.param(
        "Le groupe d'ingénierie Talmor a relevé mercredi ses prévisions annuelles. Les filiales "
        "Ondivia ou Kestra, spécialisées respectivement dans l'éolien et le rail, ont vu leurs "
        "commandes bondir de 30 %.",
        {("Ondivia", "subsidiaryOf", "Talmor", A), ("Kestra", "subsidiaryOf", "Talmor", A)},
        id="bridging-les-filiales-a-ou-b-of-the-group-just-named",
    ),
    pytest.param(
        "Le groupe Talmor a publié mardi des résultats en hausse. Ses filiales Ondivia et "
        "Kestra ont progressé de 5 % sur l'exercice.",
        {("Ondivia", "subsidiaryOf", "Talmor", A), ("Kestra", "subsidiaryOf", "Talmor", A)},
        id="bridging-ses-filiales-opening-the-sentence",
    ),
    pytest.param(
        "Le fabricant de cosmétiques Laviria a remanié sa direction. Julie Marchand, jusqu'ici "
        "directrice financière de la filiale italienne Laviria Italia, devient directrice "
        "générale déléguée.",
        {("Laviria Italia", "subsidiaryOf", "Laviria", A)},
        id="bridging-la-filiale-italienne-in-a-title-complement",
    ),
    pytest.param(
        "Le chimiste Solvane a présenté ses comptes annuels mardi à Lyon. La filiale belge "
        "Solvane Benelux, rachetée en 2019, a vu ses ventes reculer de 8 %.",
        {("Solvane Benelux", "subsidiaryOf", "Solvane", A)},
        id="bridging-la-filiale-belge-subject-of-the-next-sentence",
    ),
    pytest.param(
        "Le groupe Talmor a racheté la start-up Kestra. Celle-ci conservera son nom, précise le "
        "groupe, qui en détenait déjà 20 % depuis 2021.",
        {("Talmor", "investsIn", "Kestra", A)},
        id="clitic-in-a-relative-on-a-reporting-incise-is-the-commented-subject",
    ),
    pytest.param(
        "Le fonds Kerlan a racheté en 2018 la biscuiterie Maudet. Celle-ci gardera ses 200 "
        "salariés, a expliqué mardi l'investisseur, qui en détenait déjà 30 %.",
        {("Kerlan", "investsIn", "Maudet", A)},
        id="clitic-after-a-compound-reporting-incise-and-a-description",
    ),
    pytest.param(
        "Le groupe de restauration Gustavia a pris le contrôle de Herbalie, une start-up "
        "lyonnaise. Créée en 2019 par Lucie Vey, la start-up a réalisé l'an dernier un chiffre "
        "d'affaires de 9 millions d'euros. Celle-ci, qui livre déjà les salariés du constructeur "
        "Avionor, conservera sa marque, précise le groupe, qui en détenait 25 % depuis 2021.",
        {("Gustavia", "investsIn", "Herbalie", A)},
        id="celle-ci-is-the-description-the-sentence-before-ended-on",
    ),
    pytest.param(
        "La start-up Vigilon a levé 30 millions d'euros. Plusieurs banques font partie du "
        "portefeuille de son concurrent Cybrane.",
        {("Cybrane", "competitorOf", "Vigilon", A)},
        id="son-concurrent-in-a-de-complement-is-the-topic's-rival",
    ),
    pytest.param(
        "Le groupe Talmor a publié mardi ses résultats semestriels. Les ventes de son "
        "concurrent Kestra ont reculé de 4 % sur la période.",
        {("Kestra", "competitorOf", "Talmor", A)},
        id="son-concurrent-after-another-noun's-de",
    ),
    pytest.param(
        "Ce rachat marque un tournant pour Talmor qui, contrairement à son grand rival allemand "
        "Kestra, misait sur sa croissance interne.",
        {("Kestra", "competitorOf", "Talmor", A)},
        id="son-rival-in-a-relative-on-a-complement-is-the-antecedent's",
    ),
    pytest.param(
        "L'éditeur Hospira a lancé lundi Medix, un assistant de rédaction. Il concurrence "
        "directement le Scribo 3 de la société Texwrite.",
        {("Medix", "competitorOf", "Scribo 3", A)},
        id="pronoun-il-rival-of-a-product-is-the-product",
    ),
    pytest.param(
        "Le constructeur Movilo a présenté mardi le Kargo, un utilitaire électrique. Il "
        "concurrencera frontalement le Vexo de son rival Arvel.",
        {("Kargo", "competitorOf", "Vexo", A)},
        id="pronoun-il-future-rival-of-a-product",
    ),
    pytest.param(
        "Le groupe Hospira a racheté la start-up Medalis. Il concurrence désormais le groupe "
        "Texwrite.",
        {("Hospira", "competitorOf", "Texwrite", A)},
        id="pronoun-il-rival-of-a-company-is-the-company",
    ),
    # a demonstrative that opens a relative clause ("Celle-ci, qui ..."), read as an adverb
    pytest.param(
        "La start-up Livrea a levé 5 millions d'euros. Celle-ci, qui livre déjà les salariés du "
        "groupe Aeris, vise désormais les hôpitaux.",
        {("Livrea", "hasClient", "Aeris", A)},
        id="demonstrative-celle-ci-before-a-relative",
    ),
    pytest.param(
        "Le fonds Kastel est entré au capital du fabricant Brivane. Celui-ci, qui fournit déjà "
        "l'avionneur Aéralis, veut doubler sa production.",
        {("Brivane", "hasClient", "Aéralis", A)},
        id="demonstrative-celui-ci-before-a-relative",
    ),
    # a possessive with no subject of its own sentence: the company named before it there
    pytest.param(
        "Le groupe Talvix a publié des résultats en hausse. Une dernière négociation reste à "
        "mener pour l'opérateur Kordis, avec son concurrent Ostral.",
        {("Kordis", "competitorOf", "Ostral", A)},
        id="possessive-named-before-it-in-a-subjectless-sentence",
    ),
    pytest.param(
        "Le groupe Talvix a publié ses résultats. Un accord reste encore à conclure pour le "
        "distributeur Kordis avec son principal rival, Ostral.",
        {("Kordis", "competitorOf", "Ostral", A)},
        id="possessive-named-before-it-rival-apposed",
    ),
]


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        pytest.param(
            "Le fonds de pension québécois Orléac Capital va racheter au fonds belge Nervia "
            "Partners sa part dans la société Calvane. Installé à Québec, l'investisseur "
            "versera 200 millions d'euros.",
            ("Orléac Capital", "locatedIn", "Québec"),
            ("Nervia Partners", "locatedIn", "Québec"),
            id="description-takes-up-the-subject-not-the-nearest-fund",
        ),
        pytest.param(
            "La start-up nantaise Pixalide a rejoint le groupe Ondrel, qui avait racheté la "
            "start-up Morvan Labs en mars. La start-up est dirigée par Hélène Carvès.",
            ("Pixalide", "hasCEO", "Hélène Carvès"),
            ("Morvan Labs", "hasCEO", "Hélène Carvès"),
            id="description-prefers-the-main-clause-subject",
        ),
        pytest.param(
            "Talmor s'offre une start-up nantaise\n\nLe géant lyonnais du logiciel a mis 20 "
            "millions d'euros sur la table. Kestrel ne vous dit peut-être rien. C'est une "
            "start-up fondée en 2010 par un ancien chercheur du Cnam, établissement public de "
            "recherche. Son logiciel fonctionne sous Vexa OS, le système conçu par Talmor. "
            "Kestrel vient de tomber dans le giron de la firme lyonnaise dirigée par Paul Ferrand.",
            ("Talmor", "acquired", "Kestrel"),
            ("Cnam", "acquired", "Kestrel"),
            id="description-of-the-article-topic-not-of-an-aside",
        ),
        pytest.param(
            "Le groupe Talmor et l'opérateur Vexel ont signé mercredi un nouvel accord de "
            "distribution. Après Brivane, Kestrel et Ondrel, Vexel était le dernier opérateur à ne "
            "pas l'avoir signé. Cet accord renforce le partenariat entre les deux sociétés, ont "
            "annoncé les deux signataires.",
            ("Talmor", "partnersWith", "Vexel"),
            ("Ondrel", "partnersWith", "Vexel"),
            id="les-deux-societes-are-the-last-two-subjects-not-the-last-two-names",
        ),
        pytest.param(
            "Le ministère des Armées a commandé quarante camions au constructeur Tarvane. Pour "
            "les équiper, l'industriel, installé à Châteauroux, a signé avec le fournisseur "
            "Delmotor.",
            ("Tarvane", "locatedIn", "Châteauroux"),
            ("ministère des Armées", "locatedIn", "Châteauroux"),
            id="an-industrial-is-not-the-ministry-that-was-subject",
        ),
        pytest.param(
            "Le fonds Kerlan Capital a racheté la PME Ostrelia. Les dirigeants du fabricant de "
            "pompes, installé à Vierzon, restent en place.",
            ("Ostrelia", "locatedIn", "Vierzon"),
            ("Kerlan Capital", "locatedIn", "Vierzon"),
            id="a-maker-is-not-the-fund-that-bought-it",
        ),
        pytest.param(
            "Le fonds Brisal Partners a pris le contrôle de la biscuiterie Maudet pour 60 "
            "millions d'euros. Les salariés du fabricant de galettes, basé à Quimper, ont salué "
            "l'opération.",
            ("Maudet", "locatedIn", "Quimper"),
            ("Brisal Partners", "locatedIn", "Quimper"),
            id="a-maker-in-a-plural-complement-is-not-the-fund",
        ),
        pytest.param(
            "Le groupe Talmor a racheté la société Kestrel. Kestrel emploie 40 personnes à "
            "Lyon. Claire Vasseur, directrice financière de Talmor, en prend la direction. "
            "Fondateur de la PME en 2004, Paul Ferrand reste au capital.",
            ("Kestrel", "foundedBy", "Paul Ferrand"),
            ("Talmor", "foundedBy", "Paul Ferrand"),
            id="a-pme-is-not-what-the-text-called-a-group",
        ),
        pytest.param(
            "La banque Crédit Rhénan a accordé un prêt de 30 millions d'euros à la start-up "
            "Hydravia. L'industriel, installé à Strasbourg, doit ouvrir une usine en 2026.",
            ("Hydravia", "locatedIn", "Strasbourg"),
            ("Crédit Rhénan", "locatedIn", "Strasbourg"),
            id="an-industrial-is-not-the-lending-bank",
        ),
        pytest.param(
            "L'agence spatiale Orbicom a confié la construction du satellite à Stellarys. Le "
            "constructeur, basé à Toulouse, emploie 800 personnes.",
            ("Stellarys", "locatedIn", "Toulouse"),
            ("Orbicom", "locatedIn", "Toulouse"),
            id="a-manufacturer-is-not-the-agency-that-ordered",
        ),
        pytest.param(
            "Le groupe Talmor a racheté mardi la PME Ostrelia. La société Ostrelia gardera son "
            "siège à Vierzon, indique le groupe lyonnais, qui en détenait jusqu'ici 35 %.",
            ("Talmor", "investsIn", "Ostrelia"),
            ("Ostrelia", "investsIn", "Talmor"),
            id="the-reporting-group-holds-the-commented-company-not-the-reverse",
        ),
        pytest.param(
            "Créée en 2019 par Lucie Vey, la start-up Herbalie a signé un partenariat avec la "
            "société Avionor. Celle-ci conservera son usine, a indiqué le groupe Gustavia, qui en "
            "détient 40 % depuis 2020.",
            ("Gustavia", "investsIn", "Avionor"),
            ("Gustavia", "investsIn", "Herbalie"),
            id="celle-ci-is-the-last-name-when-one-follows-the-subject",
        ),
        # a description of a kind takes up what the text described with a word of that kind,
        # or the entity it said plays the role (descriptor_kin in pipelines/entities.yaml)
        pytest.param(
            "La Direction générale de l'armement a commandé quarante camions tactiques au "
            "constructeur Maurvel. L'industriel, installé à Châteauroux, a recruté deux cents "
            "techniciens cette année.",
            ("Maurvel", "locatedIn", "Châteauroux"),
            ("Direction générale de l'armement", "locatedIn", "Châteauroux"),
            id="the-industrial-is-the-manufacturer-not-the-ordering-subject",
        ),
        pytest.param(
            "L'Agence spatiale nationale a confié à Orbelis la fabrication de douze satellites "
            "Hermine. L'industriel, implanté à Toulouse, a doublé ses effectifs.",
            ("Orbelis", "locatedIn", "Toulouse"),
            ("Agence spatiale nationale", "locatedIn", "Toulouse"),
            id="the-industrial-is-the-company-entrusted-with-the-making",
        ),
        pytest.param(
            "Le fonds Orsalis Partners a bouclé lundi le rachat de la PME Tendrac, spécialisée "
            "dans les pompes doseuses. Les 80 salariés du fabricant, installé à Vierzon, "
            "garderont leur poste. Tendrac conservera son nom, a assuré mercredi l'investisseur, "
            "qui en détenait déjà 40 % depuis 2020.",
            ("Orsalis Partners", "investsIn", "Tendrac"),
            ("Tendrac", "investsIn", "Orsalis Partners"),
            id="the-investor-of-an-incise-behind-a-weekday-is-the-fund-two-sentences-back",
        ),
        pytest.param(
            "La PME Tendrac a levé 5 millions d'euros auprès de la société Varnier. Basé à "
            "Genève, l'investisseur prévoit d'autres opérations.",
            ("Varnier", "locatedIn", "Genève"),
            ("Tendrac", "locatedIn", "Genève"),
            id="the-investor-is-the-company-that-invested-not-the-subject-that-raised",
        ),
        pytest.param(
            "La PME Brisane restera à Cholet, a précisé lundi soir le groupe Talvane, qui en "
            "détient désormais 60 %.",
            ("Talvane", "investsIn", "Brisane"),
            ("Brisane", "investsIn", "Talvane"),
            id="the-named-reporter-behind-a-time-adjunct-holds-the-commented-company",
        ),
        # "celle-ci", "ce dernier": the last entity named that can fill the role
        pytest.param(
            "Claire Vidal a été nommée directrice générale du groupe Talvane, a annoncé jeudi le "
            "conseil. Elle succède à Marion Teyssier à la tête de l'entreprise. Celle-ci rejoint "
            "la banque Sorelis comme présidente du directoire.",
            ("Sorelis", "hasCEO", "Marion Teyssier"),
            ("Sorelis", "hasCEO", "Claire Vidal"),
            id="celle-ci-heading-a-bank-is-the-predecessor-not-the-company-she-left",
        ),
        pytest.param(
            "Le groupe Orvanne a nommé Paul Meunier directeur financier. Il remplace Hugo Barral "
            "à la tête de la société. Ce dernier rejoint l'assureur Kervia comme directeur "
            "général.",
            ("Hugo Barral", "worksFor", "Kervia"),
            ("Paul Meunier", "worksFor", "Kervia"),
            id="ce-dernier-joining-a-company-is-the-last-person-named",
        ),
        # a demonstrative skips a name whose description's article contradicts its gender
        pytest.param(
            "Le groupe Crédit Rivage, qui a racheté l'an dernier la fintech Paylane, se renforce "
            "dans le financement des entreprises. Celui-ci serait également en discussions pour "
            "acquérir Finorda.",
            ("Crédit Rivage", "acquired", "Finorda"),
            ("Paylane", "acquired", "Finorda"),
            id="celui-ci-is-not-the-feminine-fintech-named-last",
        ),
        pytest.param(
            "Le fabricant Norvel, qui a noué un partenariat avec la société Ardessa, vient "
            "d'ouvrir une usine à Vierzon. Ce dernier a également racheté le distributeur Kalmo.",
            ("Norvel", "acquired", "Kalmo"),
            ("Ardessa", "acquired", "Kalmo"),
            id="ce-dernier-is-not-the-feminine-partner-named-last",
        ),
        pytest.param(
            "La banque Sorel a pris une participation dans le groupe Ternal. Celle-ci détient "
            "déjà 10 % de la société Brivio.",
            ("Sorel", "investsIn", "Brivio"),
            ("Ternal", "investsIn", "Brivio"),
            id="celle-ci-is-the-bank-not-the-masculine-group-named-last",
        ),
        pytest.param(
            "Le groupe Talmor a racheté le fabricant Kestrel. Ce dernier a également racheté le "
            "distributeur Brivo en 2022.",
            ("Kestrel", "acquired", "Brivo"),
            ("Talmor", "acquired", "Brivo"),
            id="ce-dernier-agreeing-with-the-last-name-is-that-name",
        ),
        pytest.param(
            "Talmor a pris le contrôle de Kestrel l'an dernier. Celui-ci avait racheté le "
            "distributeur Brivo en 2022.",
            ("Kestrel", "acquired", "Brivo"),
            ("Talmor", "acquired", "Brivo"),
            id="celui-ci-after-a-bare-name-is-that-name",
        ),
        # a description a relation of its sentence sets against a name is never that name
        pytest.param(
            "La start-up Ferlis conçoit des capteurs. Rachetée en 2021 par le fonds Orion "
            "Partners, la société était depuis en quête d'un adossement. Son président, Marc "
            "Delavigne, restera à la tête de l'entreprise.",
            ("Marc Delavigne", "worksFor", "Ferlis"),
            ("Marc Delavigne", "worksFor", "Orion Partners"),
            id="the-buyer-of-a-fronted-participle-is-not-the-company-its-officer-serves",
        ),
        pytest.param(
            "Le chimiste Norvel a présenté ses comptes. Détenue à 30 % par le groupe Talmor, la "
            "société a ouvert une usine à Lyon. Sa directrice financière, Inès Morel, a salué "
            "ces résultats.",
            ("Inès Morel", "worksFor", "Norvel"),
            ("Inès Morel", "worksFor", "Talmor"),
            id="the-holder-of-a-fronted-participle-is-not-the-company-its-officer-serves",
        ),
        # "la nouvelle entité": the joint venture the text named ("baptisée", "appelée")
        pytest.param(
            "Le chimiste Orvelis et le groupe coréen Hanbit Materials ont créé une coentreprise "
            "détenue à parts égales, baptisée Nervalys, pour produire des anodes. La nouvelle "
            "entité sera installée à Dunkerque et dirigée par Paul Kerhervé, jusqu'ici directeur "
            "industriel d'Orvelis.",
            ("Nervalys", "hasCEO", "Paul Kerhervé"),
            ("Orvelis", "hasCEO", "Paul Kerhervé"),
            id="the-new-entity-is-the-joint-venture-named-by-a-participle",
        ),
        pytest.param(
            "Talvane et Orsel lancent une coentreprise baptisée Nerval. La nouvelle entité, "
            "installée à Lille, emploiera 300 personnes.",
            ("Nerval", "locatedIn", "Lille"),
            ("Orsel", "locatedIn", "Lille"),
            id="the-new-entity-with-an-apposed-participle-is-the-named-joint-venture",
        ),
        pytest.param(
            "Les groupes Sarvel et Dorlane ont dévoilé jeudi le projet d'une joint-venture, "
            "dénommée Helixa, pour recycler les batteries. Installée à Reims, la nouvelle "
            "entité emploiera 200 personnes.",
            ("Helixa", "locatedIn", "Reims"),
            ("Sarvel", "locatedIn", "Reims"),
            id="a-joint-venture-written-with-a-hyphen-is-one-word",
        ),
        # "Y, une start-up dans laquelle le groupe a investi": an apposition misread as an object
        pytest.param(
            "Léa Brun, ancienne directrice financière de Talvane, dirige désormais Stokeo, une "
            "jeune pousse dans laquelle le groupe a investi en 2022.",
            ("Talvane", "investsIn", "Stokeo"),
            ("Stokeo", "investsIn", "Talvane"),
            id="the-group-investing-in-an-apposed-start-up-is-the-company-named-before",
        ),
        pytest.param(
            "Le groupe Hydrelune a publié ses comptes. « Julien a toujours voulu diriger », a "
            "réagi Marc Trévan. Camille Dort a pris la tête de Stokeo, une start-up dans laquelle "
            "le groupe a investi en 2023.",
            ("Hydrelune", "investsIn", "Stokeo"),
            ("Julien", "investsIn", "Stokeo"),
            id="the-group-is-never-a-first-name-quoted-alone",
        ),
        # the name a fronted participle of naming gives is that of the subject after it
        pytest.param(
            "Le chimiste Solvane et le groupe Polyterra créent une coentreprise. Baptisée "
            "Biorésine, la nouvelle société sera détenue à 60 % par Solvane. Elle sera "
            "installée à Roussillon.",
            ("Biorésine", "locatedIn", "Roussillon"),
            ("Solvane", "locatedIn", "Roussillon"),
            id="elle-is-the-subject-named-by-a-fronted-participle",
        ),
        # a generic description takes up the subject named right before, not a company so
        # described further back (unless that subject is a start-up, a unit or a brand)
        pytest.param(
            "Le chimiste Solvane et le groupe belge Polyterra ont signé un accord. Solvane "
            "réalise un chiffre d'affaires de 1,2 milliard d'euros. Le groupe fournit les "
            "constructeurs Kerval et Motrix.",
            ("Solvane", "hasClient", "Kerval"),
            ("Polyterra", "hasClient", "Kerval"),
            id="the-group-is-the-subject-named-right-before-not-the-group-further-back",
        ),
        pytest.param(
            "L'assureur Mutalis et le groupe Castelnor ont noué un partenariat en 2021. "
            "Mutalis a lancé depuis une offre de prévoyance. La société a racheté en mars le "
            "courtier Assurly.",
            ("Mutalis", "acquired", "Assurly"),
            ("Castelnor", "acquired", "Assurly"),
            id="the-company-is-the-subject-named-right-before",
        ),
        pytest.param(
            "Le groupe Talmor a publié ses résultats. Kelvio, sa filiale lyonnaise, progresse de "
            "12 %. Le groupe a racheté en mars la société Ondine.",
            ("Talmor", "acquired", "Ondine"),
            ("Kelvio", "acquired", "Ondine"),
            id="the-group-is-not-the-subsidiary-named-right-before",
        ),
        pytest.param(
            "Le groupe Talmor a publié ses résultats. La start-up Kelvio lève 5 millions "
            "d'euros. Le groupe a racheté en mars la société Ondine.",
            ("Talmor", "acquired", "Ondine"),
            ("Kelvio", "acquired", "Ondine"),
            id="the-group-is-not-the-start-up-named-right-before",
        ),
        # a buyer described by its trade ("le géant du logiciel X") is a giant: the company a
        # description after the purchase takes up is the one bought
        pytest.param(
            "Le géant américain du logiciel de gestion Norvane Systems a finalisé le rachat de "
            "Tessaly, un éditeur né à Grenoble. L'opération valorise la société 420 millions "
            "d'euros. Installée à Meylan, la société emploie 300 personnes.",
            ("Tessaly", "locatedIn", "Meylan"),
            ("Norvane Systems", "locatedIn", "Meylan"),
            id="the-company-after-a-giant-s-purchase-is-the-one-bought",
        ),
        # a bare title after a name: the article's protagonist, named before the last sentences
        pytest.param(
            "Construction : Modulène lève 75 millions d'euros\nLa start-up Modulène a bouclé un "
            "tour de table. L'opération est menée par le fonds Timberline Impact. Créée en 2019, "
            "l'entreprise a livré 640 logements. Elle prévoit une deuxième usine. Le groupe "
            "Constructys entre au capital. « Nous ne sommes pas pressés », tempère Thomas "
            "Goujon, le PDG.",
            ("Modulène", "hasCEO", "Thomas Goujon"),
            ("Timberline Impact", "hasCEO", "Thomas Goujon"),
            id="bare-title-takes-up-the-protagonist-named-long-before",
        ),
        # a possessive outside a quotation never takes up a name quoted inside it
        pytest.param(
            "La banque Valmont reste prudente. « Sorel est un bon dossier », a déclaré son "
            "président, Luc Andrieu.",
            ("Luc Andrieu", "worksFor", "Valmont"),
            ("Luc Andrieu", "worksFor", "Sorel"),
            id="possessive-outside-a-quote-is-not-the-quoted-name",
        ),
        pytest.param(
            "Le groupe Talmor dément avoir été contraint de vendre : « Kestrel n'était plus "
            "stratégique », a indiqué son porte-parole, Jean Morel.",
            ("Jean Morel", "worksFor", "Talmor"),
            ("Jean Morel", "worksFor", "Kestrel"),
            id="spokesman-after-a-quote-is-the-speaker-company's",
        ),
        # a generic description, subject of a paragraph's first sentence: the protagonist
        pytest.param(
            "Talmor rachète Kestrel\nLe groupe lyonnais Talmor a bouclé le rachat de Kestrel. "
            "Talmor double ainsi sa taille. Le vendeur, le fonds Ondine, se dit satisfait.\n"
            "Créée en 1990 par Paul Vidal, la société emploie 800 personnes.",
            ("Talmor", "foundedBy", "Paul Vidal"),
            ("Ondine", "foundedBy", "Paul Vidal"),
            id="description-opening-a-paragraph-is-the-protagonist",
        ),
        pytest.param(
            "Kestrel lève 5 millions d'euros\nLa start-up Kestrel a levé 5 millions d'euros. "
            "Kestrel vise l'Europe. Le groupe Vexa, son concurrent, reste prudent : il a perdu "
            "des clients.\nInstallée à Nantes, la société emploie 40 personnes.",
            ("Kestrel", "locatedIn", "Nantes"),
            ("Vexa", "locatedIn", "Nantes"),
            id="description-opening-a-paragraph-is-not-the-last-paragraph's-subject",
        ),
        # a possessive or an object clitic inside the participle phrase that opens the
        # sentence points ahead to what the participle describes
        pytest.param(
            "Kestrel a vendu sa filiale. Créée en 2008 par Luc Ferrand, qui préside toujours son "
            "conseil de surveillance, la société Ondine emploie 300 personnes.",
            ("Luc Ferrand", "worksFor", "Ondine"),
            ("Luc Ferrand", "worksFor", "Kestrel"),
            id="possessive-in-a-fronted-participle-phrase-points-ahead",
        ),
        pytest.param(
            "Le fonds Ardelis a publié ses comptes. Fondée par Claire Vidal, qui la dirige "
            "toujours, la start-up Movea emploie 40 personnes.",
            ("Movea", "hasCEO", "Claire Vidal"),
            ("Ardelis", "hasCEO", "Claire Vidal"),
            id="clitic-in-a-fronted-participle-phrase-points-ahead",
        ),
        pytest.param(
            "Le groupe Dalvin a cédé deux titres. Contrôlé depuis 2020 par l'homme d'affaires "
            "Paul Sorel, qui l'a racheté à ses fondateurs, l'éditeur Vixel publie douze titres.",
            ("Paul Sorel", "acquired", "Vixel"),
            ("Paul Sorel", "acquired", "Dalvin"),
            id="object-clitic-in-a-fronted-participle-phrase-points-ahead",
        ),
        # a possessive opening the subject of an object relative: the relative's antecedent
        pytest.param(
            "Talmor a racheté Kestrel, que son fondateur, Paul Vidal, cherchait à céder depuis "
            "deux ans.",
            ("Kestrel", "foundedBy", "Paul Vidal"),
            ("Talmor", "foundedBy", "Paul Vidal"),
            id="possessive-in-an-object-relative-is-its-antecedent's",
        ),
        pytest.param(
            "Le groupe Ondine s'offre la société Lumio, que son PDG, Marc Roux, voulait adosser "
            "à un industriel.",
            ("Lumio", "hasCEO", "Marc Roux"),
            ("Ondine", "hasCEO", "Marc Roux"),
            id="ceo-in-an-object-relative-is-its-antecedent's",
        ),
        pytest.param(
            "Talmor, que son fondateur Paul Vidal dirige toujours, a racheté Kestrel.",
            ("Talmor", "foundedBy", "Paul Vidal"),
            ("Kestrel", "foundedBy", "Paul Vidal"),
            id="hard-negative-object-relative-on-the-subject-stays-the-subject's",
        ),
        # "faire de X le premier N": X is described as a N
        pytest.param(
            "La société Dalvin a cédé deux titres. L'opération fait de Valmy le premier éditeur "
            "de magazines du pays. Basé à Rennes, l'éditeur publie quinze titres.",
            ("Valmy", "locatedIn", "Rennes"),
            ("Dalvin", "locatedIn", "Rennes"),
            id="fait-de-x-le-premier-editeur-describes-x",
        ),
        pytest.param(
            "Le fonds Orsel a vendu sa part. Ce rachat fait de Talmor le premier groupe laitier "
            "d'Europe. Le groupe est installé à Rennes.",
            ("Talmor", "locatedIn", "Rennes"),
            ("Orsel", "locatedIn", "Rennes"),
            id="fait-de-x-le-premier-groupe-describes-x",
        ),
        # a company noun ("la société", "l'entreprise") takes up a company before a fund the
        # text named as one, further back than the last sentences if these name only funds
        pytest.param(
            "Le fonds d'investissement Ardal Partners a trouvé preneur pour le réseau de crèches "
            "Pomela. Il a cédé sa participation au fonds Quadra Capital. Le fonds Wexa était aussi "
            "candidat. Ardal Partners garde 5 %. Fondée en 2006 par Claire Rieu, la société, dont "
            "le siège est à Nanterre, exploite 410 crèches.",
            ("Pomela", "locatedIn", "Nanterre"),
            ("Ardal Partners", "locatedIn", "Nanterre"),
            id="the-company-is-not-the-fund-that-sold-it",
        ),
        pytest.param(
            "Le fonds Kastel Partners a racheté l'an dernier la chaîne de magasins Bricova. Selon "
            "Les Echos, Kastel Partners prépare une introduction en Bourse. Le fonds Arvane serait "
            "intéressé. L'entreprise, dont le siège est à Lille, emploie 900 personnes.",
            ("Bricova", "locatedIn", "Lille"),
            ("Kastel Partners", "locatedIn", "Lille"),
            id="the-company-is-not-the-fund-that-owns-it",
        ),
        pytest.param(
            "Le fonds Kastel Partners a levé 500 millions d'euros. Il investit dans les PME "
            "industrielles. La société, dont le siège est à Lyon, emploie 40 personnes.",
            ("Kastel Partners", "locatedIn", "Lyon"),
            ("Lyon", "locatedIn", "Kastel Partners"),
            id="hard-negative-a-fund-alone-is-what-the-company-noun-takes-up",
        ),
    ],
)
def test_description_takes_up_the_salient_antecedent(extract_facts, text, expected, wrong):
    """A definite description names what the sentence before was about: its subject, when the
    description fits several names of that sentence."""
    facts = {(s, p, o) for s, p, o, _ in extract_facts(text)}
    assert expected in facts, sorted(facts)
    assert wrong not in facts, sorted(facts)


def _canonical(facts):
    from kg.vocab import SYMMETRIC_RELATIONS

    return {
        (o, p, s, c) if p in SYMMETRIC_RELATIONS and o < s else (s, p, o, c) for s, p, o, c in facts
    }


@pytest.mark.parametrize("text, expected", ANAPHORA)
def test_anaphora(extract_facts, text, expected):
    facts = _canonical(extract_facts(text))
    missing = _canonical(expected) - facts
    assert not missing, f"missing {sorted(missing)}; extracted {sorted(facts)}"


# -- names: one entity per real thing, its other names as aliases -------------------------------

SAME_ENTITY = [
    # a fund's short name after its full name with a fund's form word
    pytest.param(
        "Le fonds suédois Nordvik Equity s'est emparé de Vetalia. Pour Nordvik, qui détient "
        "déjà le danois Dyrlaege Gruppen, l'opération est décisive.",
        "Nordvik Equity",
        {"Nordvik"},
        id="a-fund-called-by-its-name-without-equity",
    ),
    pytest.param(
        "La société de gestion Tarvel Capital a pris 20 % de Ferlane. Tarvel accompagnera "
        "l'entreprise dans son développement.",
        "Tarvel Capital",
        {"Tarvel"},
        id="a-fund-called-by-its-name-without-capital",
    ),
    # a headline names short what the body names in full with a company-form word
    pytest.param(
        "Le fonds Altamar entre au capital du club Olympia\n\n"
        "Le fonds américain Altamar Partners va prendre 25 % du club Olympia. Altamar Partners "
        "détient déjà des parts dans le club portugais Rivaldo.",
        "Altamar Partners",
        {"Altamar"},
        id="headline-short-form-of-a-body-name-with-partners",
    ),
    pytest.param(
        "Sport business : le fonds Altamar entre au capital du club de football Olympia "
        "Lyonnais\n\nLe fonds américain Altamar Partners va prendre 25 % du club.",
        "Altamar Partners",
        {"Altamar"},
        id="a-long-headline-short-form-of-a-body-name",
    ),
    pytest.param(
        "Kaizoku rachète le studio Pixelune\n\n"
        "L'éditeur japonais Kaizoku Games a racheté le studio montpelliérain Pixelune.",
        "Kaizoku Games",
        {"Kaizoku"},
        id="headline-short-form-of-a-body-name-with-games",
    ),
    pytest.param(
        "L'éditeur japonais Kaizoku Games a racheté le studio montpelliérain Pixelune. "
        "Kaizoku possède déjà le studio canadien Northlight.",
        "Kaizoku Games",
        {"Kaizoku"},
        id="short-form-drops-games",
    ),
    pytest.param(
        "La société Mistral AI a présenté un nouveau modèle. Mistral a aussi levé des fonds.",
        "Mistral AI",
        {"Mistral"},
        id="short-form-drops-ai-suffix",
    ),
    pytest.param(
        "La société Kestrel Platforms Inc. a levé des fonds. Kestrel recrute 40 ingénieurs.",
        "Kestrel Platforms Inc.",
        {"Kestrel"},
        id="short-form-drops-company-form-words",
    ),
    pytest.param(
        "La Banque Valmont a publié ses résultats. Valmont a vu son bénéfice progresser.",
        "Banque Valmont",
        {"Valmont"},
        id="short-form-drops-org-prefix",
    ),
    pytest.param(
        "La banque BNP Paribas a publié ses résultats. BNP a vu son bénéfice progresser.",
        "BNP Paribas",
        {"BNP"},
        id="short-form-of-a-name-that-adds-a-name",
    ),
    pytest.param(
        "La société Verkane SAS a été créée en 2019 à Lyon. Verkane emploie 40 personnes.",
        "Verkane SAS",
        {"Verkane"},
        id="legal-suffix-sas",
    ),
    pytest.param(
        "L'Association internationale du transport maritime (IMTA) prévoit une hausse du fret. "
        "Selon l'IMTA, les commandes doublent.",
        "Association internationale du transport maritime",
        {"IMTA"},
        id="an-acronym-in-another-language-orders-the-same-initials",
    ),
    pytest.param(
        "Antoine Lemaire dirige le groupe Danone depuis 2021. Lemaire a présenté les résultats "
        "annuels.",
        "Antoine Lemaire",
        {"Lemaire"},
        id="surname-is-the-person",
    ),
    pytest.param(
        "Le groupe Talmor a racheté la start-up Kalorix en 2012. Kalorix avait créé une "
        "application. Depuis, les équipes de Kaolrix travaillent pour Talmor.",
        "Kalorix",
        {"Kaolrix"},
        id="a-misspelling-with-swapped-letters-is-the-name",
    ),
    pytest.param(
        "La start-up parisienne Kalorix a été rachetée par Talmor. Les équipes de Kaolrix "
        "travaillent pour Talmor.",
        "Kalorix",
        {"Kaolrix"},
        id="a-misspelling-after-the-name-written-once",
    ),
]


@pytest.mark.parametrize("text, label, aliases", SAME_ENTITY)
def test_same_entity(resolve_text, text, label, aliases):
    entities = resolve_text(text).entities
    named = [
        e
        for e in entities
        if e.label == label or e.label in aliases or set(e.aliases) & ({label} | aliases)
    ]
    assert len(named) == 1, [(e.label, e.aliases) for e in named]
    assert named[0].label == label
    assert aliases <= set(named[0].aliases)


DISTINCT_ENTITIES = [
    pytest.param(
        "Le fonds Orange Ventures a investi dans la start-up Ferlane. Orange, l'opérateur "
        "historique, reste son premier client.",
        {"Orange Ventures", "Orange"},
        id="a-corporate-venture-arm-is-not-its-group",
    ),
    pytest.param(
        "Renault accélère dans l'électrique\n\n"
        "Renault a présenté mardi sa nouvelle filiale, Renault Studio, qui conçoit ses "
        "véhicules.",
        {"Renault", "Renault Studio"},
        id="headline-name-also-in-the-body-first-is-another-entity",
    ),
    pytest.param(
        "Le groupe Renault a publié ses résultats. Sa filiale Renault Trucks recrute des "
        "ingénieurs.",
        {"Renault", "Renault Trucks"},
        id="short-name-used-first-is-another-entity",
    ),
    pytest.param(
        "Le groupe Talvane se renforce dans l'édition\n\n"
        "Le groupe Talvane a publié ses résultats. Sa filiale Talvane Éditions rachète la "
        "maison Ferlac.",
        {"Talvane", "Talvane Éditions"},
        id="short-name-of-the-headline-and-first-of-the-body-is-another-entity",
    ),
    pytest.param(
        "La société Orange Business, filiale du groupe Orange, recrute des ingénieurs.",
        {"Orange Business", "Orange"},
        id="subsidiary-and-parent-sharing-a-word",
    ),
    pytest.param(
        "La banque en ligne Talmor Bank a gagné 100 000 clients. Talmor a publié ses résultats.",
        {"Talmor Bank", "Talmor"},
        id="a-word-that-makes-another-company",
    ),
    pytest.param(
        "Le distributeur Primavel Retail France recrute. Primavel Retail ouvre 20 magasins.",
        {"Primavel Retail France", "Primavel Retail"},
        id="a-country-that-makes-a-subsidiary",
    ),
    pytest.param(
        "Le président du groupe Air Volta-Norlink a confirmé l'accord. La compagnie Air Volta "
        "ouvrira une ligne vers Oslo.",
        {"Air Volta-Norlink", "Air Volta"},
        id="a-hyphenated-group-and-one-of-its-members",
    ),
    pytest.param(
        "Orange a signé avec Oracle. Orange et Oracle sont partenaires depuis 2019. Orange "
        "l'a confirmé.",
        {"Orange", "Oracle"},
        id="names-two-letters-apart-are-two-companies",
    ),
]


@pytest.mark.parametrize("text, labels", DISTINCT_ENTITIES)
def test_distinct_entities(resolve_text, text, labels):
    found = {e.label for e in resolve_text(text).entities}
    assert labels <= found


def test_entity_keys_are_stable_slugs(resolve_text):
    resolution = resolve_text("Le groupe Orange a racheté la start-up Dreamjet.")
    assert {(e.key, e.type) for e in resolution.entities} == {
        ("orange", EntityType.ORGANIZATION),
        ("dreamjet", EntityType.ORGANIZATION),
    }
