"""The slot grammar of pipelines/grammar.yaml: every family in its slots, on sentences of our
own, and the pipeline files' schemas (a broken file is one clear error naming file and entry).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from spacy.matcher import Matcher
from test_extract import assert_facts

from kg.components.schemas import (
    AttributesFile,
    CuesFile,
    EntitiesFile,
    RelationsFile,
    TokenizerFile,
    ValuesFile,
    load_checked,
)
from kg.config import Settings
from kg.errors import ModelError
from kg.extract.slots import SlotGrammar, _native
from kg.types import Certainty

A, H, N = Certainty.ASSERTED, Certainty.HEDGED, Certainty.NEGATED
PIPELINES = Settings().pipelines_dir

SLOTS = [
    # parent: subsidiaryOf from the owner's side; an owner that is a fund or a family invests
    ("Le groupe Kastel, actuel propriétaire de la société Ombreval, a annoncé une levée.",
     {("Ombreval", "subsidiaryOf", "Kastel", A)}, "parent@apposed-after"),
    ("Le fonds Kastel, actuel propriétaire de la société Ombreval, a annoncé une levée.",
     {("Kastel", "investsIn", "Ombreval", A)}, "parent@apposed-after, a fund owns a stake"),
    ("La famille Orsani, propriétaire du fabricant Pellure, cherche un acheteur.",
     {("Orsani", "investsIn", "Pellure", A)}, "parent@apposed-after, a family owns a stake"),
    ("Le groupe suisse Varlon, propriétaire des maisons Ferlane, Ostrea ou Milvio, a confirmé "
     "ses objectifs.",
     {("Ferlane", "subsidiaryOf", "Varlon", A), ("Ostrea", "subsidiaryOf", "Varlon", A),
      ("Milvio", "subsidiaryOf", "Varlon", A)}, "parent@apposed-after, list on one side"),
    ("Kastel est la maison mère de Vendora depuis 2019.",
     {("Vendora", "subsidiaryOf", "Kastel", A)}, "parent@predicate"),
    # owned
    ("Propriété de la famille Marchal, la société Ferlane emploie 300 personnes.",
     {("Marchal", "investsIn", "Ferlane", A)}, "owned@apposed-before, a family's property"),
    ("Propriété du groupe Kastel depuis 2019, la société Ferlane emploie 300 personnes.",
     {("Ferlane", "subsidiaryOf", "Kastel", A)}, "owned@apposed-before past a time complement"),
    ("Propriété des héritiers Marchal depuis trois générations, la maison Ferlane recrute.",
     {("Marchal", "investsIn", "Ferlane", A)}, "owned@apposed-before, heirs, a time complement"),
    # shareholder
    ("La société Vendora, dont Marc Delorme est le premier actionnaire, recrute.",
     {("Marc Delorme", "investsIn", "Vendora", A)}, "shareholder@relative-dont"),
    ("Le groupe Stramo, dont le fonds public Kastel est l'actionnaire principal, étudierait "
     "le dossier.",
     {("Kastel", "investsIn", "Stramo", A)}, "shareholder@relative-dont-words"),
    ("Brivane, actionnaire minoritaire de la start-up Ondivia, n'a pas souhaité commenter.",
     {("Brivane", "investsIn", "Ondivia", A)}, "shareholder@apposed-after"),
    # subsidiary
    ("Pelion, le fonds d'investissement du groupe Talmor, a investi dans Ondivia.",
     {("Pelion", "subsidiaryOf", "Talmor", A), ("Pelion", "investsIn", "Ondivia", A)},
     "subsidiary@apposed-after with a noun modifier"),
    ("Filiale du groupe Stramo, la société Vendora ouvre une usine à Lille.",
     {("Vendora", "subsidiaryOf", "Stramo", A)}, "subsidiary@apposed-before"),
    ("Le partenaire historique de Biomérix, l'américain Genvia, conserve ses droits.",
     {("Biomérix", "partnersWith", "Genvia", A)}, "partner@apposed-before, a nationality noun"),
    ("Le concurrent de Biomérix, le japonais Takumi, a publié ses résultats.",
     {("Biomérix", "competitorOf", "Takumi", A)}, "rival@apposed-before, a nationality noun"),
    # a time complement right after the noun, and a generic description after the comma
    ("Le constructeur Ferlane a gagné un contrat. Filiale depuis 2016 du groupe industriel "
     "Talmor, l'entreprise emploie 800 personnes.",
     {("Ferlane", "subsidiaryOf", "Talmor", A)},
     "subsidiary@apposed-before, a time complement, a description after the comma"),
    ("La biscuiterie Morlan a ouvert une boutique. Propriété du fonds Orsalis depuis 2020, la "
     "société emploie 80 personnes.",
     {("Orsalis", "investsIn", "Morlan", A)}, "owned@apposed-before, a description after it"),
    ("Filiale depuis 2016 du groupe Talmor, Ferlane emploie 800 personnes.",
     {("Ferlane", "subsidiaryOf", "Talmor", A)}, "subsidiary@apposed-before, depuis + year"),
    ("Le groupe de cliniques Clinor, propriété depuis 2019 du fonds d'investissement Cordal, a "
     "bouclé un refinancement.",
     {("Cordal", "investsIn", "Clinor", A)}, "owned@apposed-after, depuis + year"),
    ("Brivane, actionnaire depuis 2015 de la start-up Ondivia, n'a pas souhaité commenter.",
     {("Brivane", "investsIn", "Ondivia", A)}, "shareholder@apposed-after, depuis + year"),
    ("Le groupe Talmor a publié ses comptes. Client depuis 2018 du fabricant Vexa, "
     "l'entreprise a renouvelé son contrat.",
     {("Vexa", "hasClient", "Talmor", A)}, "client@apposed-before, a description after it"),
    ("Vendora reste une filiale de Stramo malgré la cession annoncée.",
     {("Vendora", "subsidiaryOf", "Stramo", A)}, "subsidiary@predicate"),
    # client / supplier
    ("Talmor, client historique de l'hébergeur Brivane, a renouvelé son contrat.",
     {("Brivane", "hasClient", "Talmor", A)}, "client@apposed-after"),
    ("Ondivia, fournisseur de la société Talmor, a été rachetée.",
     {("Ondivia", "hasClient", "Talmor", A)}, "supplier@apposed-after"),
    # rival, partner
    ("Kestrel, le grand rival de Talmor, a publié des résultats en hausse.",
     {("Kestrel", "competitorOf", "Talmor", A)}, "rival@apposed-after"),
    ("Ondivia, partenaire de longue date de Brivane, lance un nouveau produit.",
     {("Ondivia", "partnersWith", "Brivane", A)}, "partner@apposed-after with a complement"),
    # founder, version
    ("Inès Marchal, cofondatrice de la société Ondivia, quitte l'entreprise.",
     {("Ondivia", "foundedBy", "Inès Marchal", A)}, "founder@apposed-after"),
    ("L'Olympia Lyonnais traverse une période délicate. L'équipementier Kiprun, partenaire "
     "historique du club, a prolongé son contrat.",
     {("Kiprun", "partnersWith", "Olympia Lyonnais", A)},
     "partner@apposed-after, a description alone as the complement"),
    ("Le groupe Talmor a publié ses résultats. La société Ondivia, filiale du groupe, a été "
     "cédée l'an dernier.",
     {("Ondivia", "subsidiaryOf", "Talmor", A)},
     "subsidiary@apposed-after, 'du groupe' alone"),
    ("Parmi ses clients, la société Vendora travaille avec Talmor, Brivane et Kestrel.",
     {("Vendora", "hasClient", "Talmor", A), ("Vendora", "hasClient", "Brivane", A),
      ("Vendora", "hasClient", "Kestrel", A)}, "client@fronted-among with a list"),
    ("Parmi ses clients, la société de cybersécurité Vendora compte déjà la banque Talmor et "
     "l'assureur Brivane.",
     {("Vendora", "hasClient", "Talmor", A), ("Vendora", "hasClient", "Brivane", A)},
     "client@fronted-among, a descriptor with a noun modifier, 'compte'"),
    ("La banque Talmor et l'assureur Brivane font partie des clients du fabricant de "
     "logiciels Vendora.",
     {("Vendora", "hasClient", "Talmor", A), ("Vendora", "hasClient", "Brivane", A)},
     "client@among-after 'faire partie des'"),
    ("Le fonds Kastel figurerait parmi les actionnaires de Talmor.",
     {("Kastel", "investsIn", "Talmor", H)}, "shareholder@among-after, conditional"),
    ("Le groupe Kastel compte parmi les principaux concurrents du groupe Talmor.",
     {("Kastel", "competitorOf", "Talmor", A)}, "rival@among-after 'compte parmi'"),
    ("Paul Ferrand ne fait plus partie des actionnaires de la start-up Ondivia.",
     {("Paul Ferrand", "investsIn", "Ondivia", N)}, "shareholder@among-after, negated"),
    ("Le constructeur Stellauto a choisi le chinois Ampera Energy pour fournir les batteries "
     "de sa future citadine électrique, la Volta.",
     {("Stellauto", "develops", "Volta", A), ("Ampera Energy", "hasClient", "Stellauto", A)},
     "own-product@possessed-apposed, the possessive of a purpose infinitive"),
    # the founders named after a counted noun with a complement, the company the main subject
    ("Créée en 2015 par deux chercheurs de l'Inserm, Marie Dubois et Karim Haddad, Genoria a "
     "déjà levé 80 millions d'euros auprès de Bpifrance et du fonds suisse Helvetia Ventures.",
     {("Genoria", "foundedBy", "Marie Dubois", A), ("Genoria", "foundedBy", "Karim Haddad", A),
      ("Bpifrance", "investsIn", "Genoria", A), ("Helvetia Ventures", "investsIn", "Genoria", A)},
     "found@fronted-participle, 'deux chercheurs de Z, A et B', the main verb's own subject"),
    ("Genoria a levé 80 millions d'euros. Sa technologie d'ARN messager, baptisée GenoVax, a "
     "été mise au point avec l'université de Lyon.",
     {("Genoria", "develops", "GenoVax", A)}, "develops.owned, a technology named"),
    # founders listed with a title whose company is named right before the person
    ("Kyutai Labs, cofondé en 2023 par l'entrepreneur Xavier Niel et l'ancien chercheur de "
     "Meta Patrick Pérez, développe Moshi.",
     {("Kyutai Labs", "foundedBy", "Xavier Niel", A),
      ("Kyutai Labs", "foundedBy", "Patrick Pérez", A)},
     "foundedBy.verb, a person glued after the employer of its title"),
    # a round told in an adjunct is the company money goes into
    ("Le fabricant de puces Nvidia a pris une participation minoritaire dans Kyutai Labs, lors "
     "d'un tour de table de 200 millions d'euros mené par le fonds Lightspeed.",
     {("Nvidia", "investsIn", "Kyutai Labs", A), ("Lightspeed", "investsIn", "Kyutai Labs", A)},
     "investsIn.back, the round of the company a stake is taken in"),
    # an aside between the auxiliary and the participle
    ("Son rival Anthropic, fondé par d'anciens salariés d'OpenAI, a pour sa part noué un "
     "partenariat avec Amazon.",
     {("Anthropic", "partnersWith", "Amazon", A)}, "partnersWith.verb, 'a pour sa part noué'"),
    # clients counted as references; a contract won from a client; a competition faced
    ("La société Kestrel compte parmi ses références la SNCF et EDF.",
     {("Kestrel", "hasClient", "SNCF", A), ("Kestrel", "hasClient", "EDF", A)},
     "client-references@counted-among"),
    ("Le contrat remporté par Kestrel auprès de la SNCF porte sur 40 millions d'euros.",
     {("Kestrel", "contractWith", "SNCF", A), ("Kestrel", "hasClient", "SNCF", A)},
     "win@won-by-words, the awarder after 'auprès de'"),
    ("La société Kestrel fait face à la concurrence du groupe Boltline.",
     {("Kestrel", "competitorOf", "Boltline", A)},
     "face-competition@competition-of-words, 'fait face à'"),
    # an agreement named by what it is for
    ("Le distributeur Fnac Darty a signé un accord avec le groupe chinois Xiaomi pour "
     "distribuer ses téléphones en France.",
     {("Fnac Darty", "contractWith", "Xiaomi", A)}, "agreed-supply@agreed-supply-words"),
    ("Selon Les Echos, le distributeur Fnac Darty aurait signé un accord avec Xiaomi afin de "
     "commercialiser ses montres.",
     {("Fnac Darty", "contractWith", "Xiaomi", H)},
     "agreed-supply@agreed-supply-words, a rumour"),
    ("Le constructeur Stellauto a conclu mardi un accord avec Ampera Energy afin de développer "
     "une batterie.",
     {("Stellauto", "partnersWith", "Ampera Energy", A)},
     "agreed-development@agreed-development-words past an inserted day"),
    # a service entrusted to two companies
    ("L'opérateur Telecomix a confié à Ericsson et à Nokia le déploiement de son réseau 5G.",
     {("Ericsson", "hasClient", "Telecomix", A), ("Nokia", "hasClient", "Telecomix", A)},
     "award@awarded-words, two receivers"),
    # companies that make one thing together are partners
    ("Stellauto et Ampera Energy vont construire ensemble une usine de batteries à Douai.",
     {("Stellauto", "partnersWith", "Ampera Energy", A)}, "jointly@jointly-words"),
    ("Le chimiste Arkéa, le groupe Solvane et la société Brenval vont conjointement développer "
     "un nouveau solvant.",
     {("Arkéa", "partnersWith", "Solvane", A), ("Arkéa", "partnersWith", "Brenval", A),
      ("Solvane", "partnersWith", "Brenval", A)}, "jointly@jointly-words, a list of three"),
    ("Stellauto et Ampera Energy devraient construire ensemble une usine à Douai.",
     {("Stellauto", "partnersWith", "Ampera Energy", H)}, "jointly@jointly-words, conditional"),
    ("Stellauto a signé mardi avec Ampera Energy. Les deux groupes vont construire ensemble "
     "une usine à Douai.",
     {("Stellauto", "partnersWith", "Ampera Energy", A)},
     "jointly@jointly-words, a counted plural description"),
    # a possessive noun apposed to a name, the possessive someone else's: the company before
    ("Le groupe Belcastel a cédé ses palaces. Pasta Nova, sa filiale italienne, n'est pas "
     "concernée par la vente.",
     {("Pasta Nova", "subsidiaryOf", "Belcastel", A)},
     "subsidiary@possessed-apposed, the name first, a negated main verb"),
    ("Le groupe Talmor publie ses comptes. Paul Ferrand, son fondateur, a quitté la présidence.",
     {("Talmor", "foundedBy", "Paul Ferrand", A)}, "founder@possessed-apposed, the name first"),
    ("Le groupe Talmor a racheté Ferlane, son concurrent direct.",
     {("Talmor", "acquired", "Ferlane", A), ("Ferlane", "competitorOf", "Talmor", A)},
     "rival@possessed-apposed, the clause's subject owns it"),
    ("La société Altexa a remporté un contrat. La famille Aubry reste son premier actionnaire.",
     {("Aubry", "investsIn", "Altexa", A)}, "shareholder@predicate, a possessive"),
    ("La société Altexa a remporté un contrat. Le fonds Norval est son premier actionnaire "
     "depuis 2019.",
     {("Norval", "investsIn", "Altexa", A)}, "shareholder@predicate, a possessive, depuis"),
    # the complement a possessive: the company named before, never the names it lists
    ("La société Altexa a remporté un contrat. Parmi ses principaux clients figurent déjà la "
     "banque Crédit Forézien, l'assureur Protéa et le distributeur Maxima.",
     {("Altexa", "hasClient", "Crédit Forézien", A), ("Altexa", "hasClient", "Protéa", A),
      ("Altexa", "hasClient", "Maxima", A)}, "client@among-of, a possessive"),
    ("Le groupe Talmor a publié ses comptes. Parmi ses actionnaires, on trouve le fonds "
     "Kastel.",
     {("Kastel", "investsIn", "Talmor", A)}, "shareholder@among-of, a possessive, 'on trouve'"),
    ("La société Altexa a remporté un contrat. Le fonds Norval et la banque Valmont figurent "
     "parmi ses actionnaires.",
     {("Norval", "investsIn", "Altexa", A), ("Valmont", "investsIn", "Altexa", A)},
     "shareholder@among-after, a possessive that is none of the names before the verb"),
    ("Le groupe Talmor a publié ses comptes. La banque Valmont fait partie de ses clients.",
     {("Talmor", "hasClient", "Valmont", A)}, "client@among-after 'faire partie de ses'"),
    ("La société Altexa a remporté un contrat. Selon Les Echos, le fonds Norval figurerait "
     "parmi ses actionnaires.",
     {("Norval", "investsIn", "Altexa", H)},
     "shareholder@among-after, a possessive that is never the outlet cited"),
    # contracts awarded
    ("Le groupe Talmor a notifié mardi à la société Vantrel un contrat de 180 millions "
     "d'euros.",
     {("Talmor", "contractWith", "Vantrel", A), ("Vantrel", "hasClient", "Talmor", A)},
     "award@awarded-words past an inserted day"),
    ("La société Kastel a attribué un marché de 40 millions d'euros au constructeur Vantrel.",
     {("Kastel", "contractWith", "Vantrel", A), ("Vantrel", "hasClient", "Kastel", A)},
     "award@awarded-words, the contract first"),
    ("Le groupe Talmor n'a pas confié à la société Vantrel le contrat de maintenance.",
     {("Talmor", "contractWith", "Vantrel", N), ("Vantrel", "hasClient", "Talmor", N)},
     "award@awarded-words, negated"),
    ("Recyval est membre du consortium Boucle Verte, auquel le Syndicat intercommunal des "
     "déchets du Forez (Sivaf) a confié en mars la gestion de ses onze déchetteries.",
     {("Boucle Verte", "contractWith", "Syndicat intercommunal des déchets du Forez", A),
      ("Boucle Verte", "hasClient", "Syndicat intercommunal des déchets du Forez", A)},
     "award@awarded-words, the receiver before a dative relative"),
    ("La société Batirex, à laquelle Talmor a confié la construction de son siège, recrute.",
     {("Batirex", "contractWith", "Talmor", A), ("Batirex", "hasClient", "Talmor", A)},
     "award@awarded-words, à laquelle"),
    ("Vendora, qui compte Talmor parmi ses clients, recrute.",
     {("Vendora", "hasClient", "Talmor", A)}, "client@counted-among after a relative"),
    ("Talmor compte le fonds Kastel parmi ses actionnaires depuis 2019.",
     {("Kastel", "investsIn", "Talmor", A)}, "shareholder@counted-among"),
    ("Valtempo compte parmi ses plus gros clients le constructeur de poids lourds Sorelia et "
     "le logisticien Logivéa.",
     {("Valtempo", "hasClient", "Sorelia", A), ("Valtempo", "hasClient", "Logivéa", A)},
     "client@counted-among, a superlative"),
    ("Talmor compte Kastel parmi ses plus importants actionnaires.",
     {("Kastel", "investsIn", "Talmor", A)}, "shareholder@counted-among, a superlative"),
    ("Jusqu'ici prestataire de Kastel, la start-up lyonnaise Ondivia rejoindra le groupe.",
     {("Ondivia", "hasClient", "Kastel", A)}, "supplier@apposed-before after an adverb"),
    # groups, joint ventures, seats
    ("Vendora (groupe Kastel) et Ondivia (dont la maison-mère Talmor détient des chaînes) ont "
     "signé un accord.",
     {("Vendora", "subsidiaryOf", "Kastel", A), ("Ondivia", "subsidiaryOf", "Talmor", A)},
     "group@bracketed, parent@whose"),
    ("Kestrel (coentreprise entre les groupes Talmor et Brivane) a annoncé un contrat.",
     {("Kestrel", "subsidiaryOf", "Talmor", A), ("Kestrel", "subsidiaryOf", "Brivane", A)},
     "joint-venture@apposed-after in brackets"),
    ("Le groupe coopératif Armolait (Bretagne) a annoncé un contrat avec une laiterie.",
     {("Armolait", "locatedIn", "Bretagne", A)}, "seat@bracketed"),
    # reciprocal predicates of a list
    ("Talmor, Brivane et Kestrel restent concurrents sur ce marché.",
     {("Talmor", "competitorOf", "Brivane", A), ("Talmor", "competitorOf", "Kestrel", A),
      ("Brivane", "competitorOf", "Kestrel", A)}, "rival@plural-predicate"),
    ("Ondivia et Brivane sont partenaires depuis 2019.",
     {("Ondivia", "partnersWith", "Brivane", A)}, "partner@plural-predicate"),
    ("Face à des rivales comme Brivane ou Kestrel, Ondivia trouvera en cas d'accord un allié "
     "de poids dans la région.",
     {("Ondivia", "competitorOf", "Brivane", A), ("Ondivia", "competitorOf", "Kestrel", A)},
     "rival@fronted-such-as"),
    # products and fronted participles
    ("Le Vexa 2 de la société Orbitex sera lancé en mars.",
     {("Orbitex", "develops", "Vexa 2", A)}, "product-of@genitive"),
    ("Basé sur le modèle Orca de Brightline, enrichi de données cliniques, l'assistant Medix "
     "sera lancé en juin.",
     {("Medix", "basedOn", "Orca", A), ("Brightline", "develops", "Orca", A)},
     "base@fronted-participle"),
    ("Conçu par Kestrel, le drone Aerix sera livré à l'armée en 2026.",
     {("Kestrel", "develops", "Aerix", A)}, "make@fronted-participle"),
    ("Rachetée en 2019 par Talmor, la société Ondivia emploie 300 personnes.",
     {("Talmor", "acquired", "Ondivia", A)}, "buy@fronted-participle"),
    ("La start-up nantaise Kelvio recrute. Fondée en 2016 par Paul Roux, la société, dont le "
     "siège est à Rezé, emploie 40 personnes.",
     {("Kelvio", "foundedBy", "Paul Roux", A)},
     "found@fronted-participle, a relative on the description"),
    ("La société Ondivia conçoit des capteurs. Fondée en 2011 par Paul Ferrand et Julie "
     "Marchal, cette structure lyonnaise emploie 200 personnes.",
     {("Ondivia", "foundedBy", "Paul Ferrand", A), ("Ondivia", "foundedBy", "Julie Marchal", A)},
     "found@fronted-participle-demonstrative"),
    # own-product: a possessive's product beside the class noun that says what it is
    ("La société Dronexa a dévoilé jeudi son nouveau drone de surveillance, le Faucon, lors du "
     "salon de Villepinte.",
     {("Dronexa", "develops", "Faucon", A)}, "own-product@possessed-apposed, noun first"),
    ("Avec son Orvel, premier drone agricole autonome certifié en Europe, la start-up "
     "toulousaine Skarden vise les coopératives céréalières.",
     {("Skarden", "develops", "Orvel", A)},
     "own-product@possessed-apposed, name first, the subject after the fronted phrase"),
    ("La fintech Monexa a levé 10 millions d'euros. Son application de paiement, Payzo, "
     "revendique déjà deux millions d'utilisateurs.",
     {("Monexa", "develops", "Payzo", A)}, "own-product@possessed-apposed, the owner before"),
    ("Arvel et Dorsan exposeront leurs nouveaux utilitaires électriques, le Vanto, au salon de "
     "Lyon.",
     {("Arvel", "develops", "Vanto", A), ("Dorsan", "develops", "Vanto", A)},
     "own-product@possessed-apposed, leurs: every owner of the list"),
    ("Le groupe Talmor a racheté la société Kestrel et son logiciel phare, Orkos, pour 40 "
     "millions d'euros.",
     {("Kestrel", "develops", "Orkos", A)},
     "own-product@possessed-apposed, the owner is the conjunct before"),
    ("La société Optivia s'est imposée sur le marché grâce à son « TurboClean », une solution "
     "qui nettoie la mémoire des ordinateurs.",
     {("Optivia", "develops", "TurboClean", A)}, "own-product@possessed-apposed, a quoted name"),
    # brand: the brand a possessive's goods are sold under
    ("Le groupe Agrinor a bâti sa réputation avec ses salades de quatrième gamme vendues sous "
     "la marque « Verdelice ».",
     {("Agrinor", "develops", "Verdelice", A)}, "brand@sold-under-brand"),
    ("La coopérative Armolait écoule ses yaourts sous la marque Laïta depuis 1990.",
     {("Armolait", "develops", "Laïta", A)}, "brand@sold-under-brand, present"),
    ("Le constructeur Frigalis vend le fourgon Vanto depuis 2019 et lance cette année sa "
     "version électrique, le Vanto Volt.",
     {("Vanto Volt", "basedOn", "Vanto", A), ("Frigalis", "develops", "Vanto Volt", A)},
     "version@possessed-apposed: a version's possessive is the product named before"),
    ("Le studio Ludara a sorti le jeu Skyforge en 2022, puis sa variante mobile, Skyforge Go, "
     "en 2024.",
     {("Skyforge Go", "basedOn", "Skyforge", A), ("Ludara", "develops", "Skyforge Go", A)},
     "version@possessed-apposed, variante"),
    ("Selon son fondateur, Paul Ferrand, la start-up Kelvio sera rentable en 2026.",
     {("Kelvio", "foundedBy", "Paul Ferrand", A)}, "founder@possessed-apposed"),
    # product-of: the maker after "de" may be introduced by what it is
    ("L'application Lumio Scan de la jeune pousse rennaise Optilis compte déjà 200 000 "
     "utilisateurs.",
     {("Optilis", "develops", "Lumio Scan", A)}, "product-of@genitive, la jeune pousse"),
    ("Les ventes du Trekka de son rival historique Altaïr ont doublé en un an.",
     {("Altaïr", "develops", "Trekka", A)}, "product-of@genitive, son rival"),
    ("Le coureur a gagné l'étape avec le cadre Helix de l'atelier savoyard Corvane.",
     {("Corvane", "develops", "Helix", A)}, "product-of@genitive, l'atelier"),
    # make and launch: a participle in apposition to the product
    ("L'assistant Medix est dérivé du modèle Orca, conçu par Brightline.",
     {("Brightline", "develops", "Orca", A), ("Medix", "basedOn", "Orca", A)},
     "make@participle-agent"),
    ("Le jeu Skyforge, développé depuis six ans par le studio Ludara, sortira en mars.",
     {("Ludara", "develops", "Skyforge", A)}, "make@participle-agent past a time complement"),
    ("Le système d'exploitation Orkos, maintenu par la fondation Libreval, équipe désormais "
     "deux millions de terminaux.",
     {("Libreval", "develops", "Orkos", A)}, "launch@participle-agent, maintenu"),
    ("Les ordinateurs de l'armée tournent sous Orkos, le système d'exploitation géré par la "
     "fondation Libreval.",
     {("Libreval", "develops", "Orkos", A)}, "launch@participle-agent, a descriptor's modifier"),
    ("Lancée en 2022 par la société Pixelis, l'application Coloria revendique trois millions "
     "d'utilisateurs.",
     {("Pixelis", "develops", "Coloria", A)}, "launch@fronted-participle"),
    ("Créé en 2019 par la start-up Optilis, le logiciel Lumio Scan revendique 300 clients.",
     {("Optilis", "develops", "Lumio Scan", A)}, "launch@fronted-participle, créé"),
    # hold
    ("Ombreval, détenue à 51 % par Talmor, a ouvert un site à Lyon.",
     {("Talmor", "investsIn", "Ombreval", A)}, "hold@participle-agent"),
    ("Ombreval est co-détenue par le groupe Stramo et la banque Valmont.",
     {("Stramo", "investsIn", "Ombreval", A), ("Valmont", "investsIn", "Ombreval", A)},
     "hold@passive-agent with a list"),
    ("La société Ombreval, détenue à 51 % par Talmor et à 49 % par l'allemand Kastel, ne fait "
     "pas partie de la vente.",
     {("Talmor", "investsIn", "Ombreval", A), ("Kastel", "investsIn", "Ombreval", A)},
     "hold@split-agent, out of reach of the main clause's negation"),
    ("Ombreval est contrôlée à hauteur de 60 % par le groupe Talmor, à 40 % par la banque "
     "Valmont.",
     {("Talmor", "investsIn", "Ombreval", A), ("Valmont", "investsIn", "Ombreval", A)},
     "hold@split-agent in the passive"),
    ("Les sociétés Ombreval et Ferlane, codétenues par le groupe Stramo et la banque Valmont, "
     "pourraient fusionner.",
     {("Stramo", "investsIn", "Ferlane", A), ("Valmont", "investsIn", "Ombreval", A)},
     "hold@participle-agent, presupposed under a conditional"),
    # range: the products a range includes are its maker's
    ("Le constructeur Travelo élargit son offre. Sa gamme comprend déjà le fourgon Orvo et le "
     "minibus Kelda.",
     {("Travelo", "develops", "Orvo", A), ("Travelo", "develops", "Kelda", A)},
     "range@range-includes, a possessive"),
    ("La gamme de véhicules de la société Travelo inclut le fourgon Orvo et le camion Pyra.",
     {("Travelo", "develops", "Orvo", A), ("Travelo", "develops", "Pyra", A)},
     "range@range-includes, a de complement"),
    ("Travelo, dont la gamme réunit le fourgon Orvo et le minibus Kelda, accélère.",
     {("Travelo", "develops", "Orvo", A), ("Travelo", "develops", "Kelda", A)},
     "range@range-includes after dont"),
    # unveil: a company that launches or shows a product makes it, in word order past a date
    # or a modal (a misread "montre" after its article stays the product's noun)
    ("Fondée en 2015 à Rennes, la société Lumeris présente ce jeudi sa montre connectée Kaïa 2 "
     "au salon de Berlin.",
     {("Lumeris", "develops", "Kaïa 2", A)}, "unveil@active-words, present, a misread noun"),
    ("Selon plusieurs sources, le constructeur Dravon devrait dévoiler en juin la trottinette "
     "Ziva 4.",
     {("Dravon", "develops", "Ziva 4", H)}, "unveil@active-words, a modal's infinitive"),
    ("Le laboratoire Servane a dévoilé mardi à Boston le traitement Oriel, destiné aux enfants.",
     {("Servane", "develops", "Oriel", A)}, "unveil@active-words past a day and a place"),
    ("Talmor a racheté en 2019 à Lyon la société Ferlane, spécialisée dans les capteurs.",
     {("Talmor", "acquired", "Ferlane", A)}, "buy@active-words past a year and a place"),
    # product-of: each name a plural noun lists before its maker's "de" complement
    ("Les logiciels Axone, Quorix et Lyra de l'éditeur nantais Brevia sont utilisés par 3 000 "
     "PME.",
     {("Brevia", "develops", "Axone", A), ("Brevia", "develops", "Quorix", A),
      ("Brevia", "develops", "Lyra", A)}, "product-of@listed-genitive, three names"),
    ("Aérovane revend depuis mars les drones Falco et Strix de la société Dronix.",
     {("Dronix", "develops", "Falco", A), ("Dronix", "develops", "Strix", A)},
     "product-of@listed-genitive, a pair sold by another"),
    # power: a product driven by another's engine or model
    ("Le lanceur léger Astra, propulsé par le moteur Vulcain 3, décollera en 2026 depuis la "
     "Guyane.",
     {("Astra", "basedOn", "Vulcain 3", A)}, "power@participle-agent"),
    ("Motorisée par le bloc électrique E-Drive 2, la citadine Nuvia sera assemblée à Douai dès "
     "l'automne.",
     {("Nuvia", "basedOn", "E-Drive 2", A)}, "power, a fronted feminine participle"),
    # talks: the counterpart of talks about a sale would buy
    ("Le groupe Norvane est en discussions avec le fonds Rivelo Capital en vue de la cession de "
     "sa filiale Froidex.",
     {("Rivelo Capital", "acquired", "Froidex", H)}, "talks@talks-for-sale"),
    ("Norvane a ouvert des négociations exclusives sur la vente de Froidex avec le fonds "
     "Rivelo Capital.",
     {("Rivelo Capital", "acquired", "Froidex", H)}, "talks@talks-for-sale, the sale first"),
    ("Norvane a rompu les négociations avec Rivelo Capital sur la cession de Froidex.",
     {("Rivelo Capital", "acquired", "Froidex", N)}, "talks@talks-for-sale, broken off"),
    # join-round: the participants named beside the subject
    ("Le fonds Kastel a participé au tour de table de Capteo aux côtés de Midival Innovation.",
     {("Kastel", "investsIn", "Capteo", A), ("Midival Innovation", "investsIn", "Capteo", A)},
     "join-round@round-alongside"),
    ("Le fonds Kastel a pris part à la levée de fonds de Capteo, aux côtés de Midival "
     "Innovation et de Pelion.",
     {("Midival Innovation", "investsIn", "Capteo", A), ("Pelion", "investsIn", "Capteo", A)},
     "join-round@round-alongside, a list"),
    ("Aux côtés de Midival Innovation, le fonds Kastel a participé au tour de table de Capteo.",
     {("Midival Innovation", "investsIn", "Capteo", A)}, "join-round@round-alongside, fronted"),
    ("La start-up Capteo a bouclé une levée de fonds de 45 millions d'euros. La coopérative "
     "Terrane a pris part à la levée aux côtés de Midival Innovation.",
     {("Terrane", "investsIn", "Capteo", A), ("Midival Innovation", "investsIn", "Capteo", A)},
     "join-round@round-alongside, the round of the company that raised"),
    # join, buy: an aside between the verb and its object
    ("Paul Degand rejoint quant à lui Laurane comme directeur scientifique.",
     {("Paul Degand", "worksFor", "Laurane", A)}, "join@active-aside"),
    ("Le groupe Talmor, de son côté, a racheté la société Ferlane.",
     {("Talmor", "acquired", "Ferlane", A)}, "buy@active-aside, before the verb"),
    ("Marie Degand rejoint la banque Laurane comme présidente du directoire.",
     {("Laurane", "hasCEO", "Marie Degand", A), ("Marie Degand", "worksFor", "Laurane", A)},
     "join-as-head@joined-as-head"),
    ("Paul Degand rejoint quant à lui la société Laurane en tant que directeur général.",
     {("Laurane", "hasCEO", "Paul Degand", A)}, "join-as-head@joined-as-head past an aside"),
    ("La banque Orsay a perdu son directeur financier. Hugo Lemaire a démissionné mardi. Il "
     "rejoint la société Laurane en tant que nouveau PDG.",
     {("Laurane", "hasCEO", "Hugo Lemaire", A)}, "join-as-head@joined-as-head, a pronoun"),
    ("Le groupe Talmor remanie sa direction. Anne Morel, qui rejoint la banque Laurane comme "
     "présidente du directoire, quitte le groupe en juin.",
     {("Laurane", "hasCEO", "Anne Morel", A)}, "join-as-head@joined-as-head, a relative"),
    # used: the users named among a count are the maker's clients
    ("Fintra édite Paylo, un logiciel utilisé par 3 000 entreprises, dont Brivane et Kestrel.",
     {("Fintra", "hasClient", "Brivane", A), ("Fintra", "hasClient", "Kestrel", A)},
     "used@used-by-among"),
    ("La fintech Fintra lève 10 millions d'euros. Valorisée 3 milliards, la société créée en "
     "2018 par Paul Degand édite Paylo, un logiciel utilisé par plus de 4 000 entreprises, "
     "parmi lesquelles Brivane.",
     {("Fintra", "hasClient", "Brivane", A)}, "used@used-by-among, a descriptor subject"),
    ("Le logiciel de Fintra est utilisé par 300 clients, notamment Brivane et Kestrel.",
     {("Fintra", "hasClient", "Brivane", A), ("Fintra", "hasClient", "Kestrel", A)},
     "used@used-by-among, the product's owner"),
    ("Fintra, dont le logiciel est utilisé par 300 entreprises, dont Brivane, recrute.",
     {("Fintra", "hasClient", "Brivane", A)}, "used@used-by-among after dont"),
    # serve: the companies named among those a supplier serves
    ("Fintra équipe 300 entreprises, dont Brivane et Kestrel.",
     {("Fintra", "hasClient", "Brivane", A), ("Fintra", "hasClient", "Kestrel", A)},
     "serve@serves-count"),
    ("Fintra livre déjà plus de 40 enseignes, parmi lesquelles Brivane.",
     {("Fintra", "hasClient", "Brivane", A)}, "serve@serves-count, parmi lesquelles"),
    ("Le groupe Norvane est entré en négociations exclusives avec le fonds Rivelo Capital pour "
     "lui céder sa filiale Froidex.",
     {("Rivelo Capital", "acquired", "Froidex", H)}, "talks@talks-for-sale, lui céder"),
    # partnership: the inverted subject of a relative clause on the noun, pairwise
    ("C'est un partenariat que viennent de sceller Talmor et le chimiste Kestrel.",
     {("Talmor", "partnersWith", "Kestrel", A)}, "partnership@sealed-by-list"),
    ("L'alliance qu'ont conclue la société Brivane, le groupe Talmor et le chimiste Kestrel vise "
     "l'Asie.",
     {("Talmor", "partnersWith", "Kestrel", A), ("Brivane", "partnersWith", "Kestrel", A),
      ("Brivane", "partnersWith", "Talmor", A)}, "partnership@sealed-by-list, three members"),
    # fronted participle: a definite description as the patient, a place before the agent
    ("Vigilon protège les PME. Fondée en 2016 à Nantes par Camille Tarrade, la start-up emploie "
     "40 personnes.",
     {("Vigilon", "foundedBy", "Camille Tarrade", A)}, "found@fronted-participle, la start-up"),
    ("La société Vigilon protège les PME. Rachetée en 2019 par le groupe Talmor, la société a "
     "doublé ses ventes.",
     {("Talmor", "acquired", "Vigilon", A)}, "buy@fronted-participle, la société"),
    # fronted participle: an adjective before the description ("la jeune pousse", the tagger's
    # verb; "le jeune éditeur", "la jeune société lilloise")
    ("La start-up Véloria fabrique des vélos cargo. Fondée en 2018 par Clémence Boutry et Julien "
     "Marchal, la jeune pousse emploie aujourd'hui 80 personnes.",
     {("Véloria", "foundedBy", "Clémence Boutry", A),
      ("Véloria", "foundedBy", "Julien Marchal", A)},
     "found@fronted-participle, la jeune pousse, two founders"),
    ("L'éditeur Cartovia vend des logiciels de cartographie. Créé à Rennes en 2014 par Hugo "
     "Lemercier, le jeune éditeur a depuis ouvert des bureaux à Madrid.",
     {("Cartovia", "foundedBy", "Hugo Lemercier", A)},
     "found@fronted-participle, le jeune éditeur"),
    ("La biotech Genelis teste un vaccin. Fondée en 2019 à Lille par les chercheurs Anne Vidal et "
     "Marc Perrot, la jeune société lilloise a levé 30 millions d'euros.",
     {("Genelis", "foundedBy", "Anne Vidal", A), ("Genelis", "foundedBy", "Marc Perrot", A)},
     "found@fronted-participle, la jeune société lilloise"),
    ("La société Orvane a racheté la start-up Ferlis. Dirigée depuis 2020 par Julie Kermarrec, la "
     "jeune pousse conserve son siège à Brest.",
     {("Orvane", "acquired", "Ferlis", A), ("Ferlis", "hasCEO", "Julie Kermarrec", A)},
     "head@fronted-participle, la jeune pousse"),
    ("La start-up Ferlis vend des capteurs agricoles. Rachetée en 2021 par le groupe Orvane, la "
     "jeune pousse a doublé ses effectifs.",
     {("Orvane", "acquired", "Ferlis", A)}, "buy@fronted-participle, la jeune pousse"),
    # head, settle, chair, found: a participle that describes a name or a description, apposed,
    # fronted, coordinated or after a copula, past an aside ("elle aussi", "désormais")
    ("Le fabricant de pompes Hydrelis a publié ses comptes mardi. Le groupe, dirigé depuis 2019 "
     "par Sophie Marchand, reste en discussions en vue de la cession de sa filiale Froidex.",
     {("Hydrelis", "hasCEO", "Sophie Marchand", A)}, "head@apposed-participle, le groupe"),
    ("La société Brumelle a présenté un plan d'économies. L'industrielle, dirigée depuis mars "
     "par Agathe Lenoir, envisagerait de fermer son usine de Vierzon.",
     {("Brumelle", "hasCEO", "Agathe Lenoir", A)}, "head@apposed-participle, feminine"),
    ("Le groupe Varno a racheté l'an dernier Kestria, une PME familiale désormais dirigée par "
     "Louis Perrin.",
     {("Kestria", "hasCEO", "Louis Perrin", A)}, "head@apposed-participle, une PME désormais"),
    ("L'équipementier Sarvel a publié ses comptes. Dirigé depuis 2018 par Julie Marchal, "
     "l'équipementier vise désormais le marché américain.",
     {("Sarvel", "hasCEO", "Julie Marchal", A)}, "head@fronted-participle, l'équipementier"),
    ("Le fonds Brevik Capital a investi dans Orléo. Basé à Montréal et dirigé par Hugo Lemaire, "
     "l'investisseur gère 2 milliards d'euros.",
     {("Brevik Capital", "hasCEO", "Hugo Lemaire", A),
      ("Brevik Capital", "locatedIn", "Montréal", A)}, "head@coordinated-participle, fronted"),
    ("La PME Corlane, elle aussi installée à Roubaix, pourrait être cédée au fonds Kalpa.",
     {("Corlane", "locatedIn", "Roubaix", A)}, "settle@apposed-participle, elle aussi"),
    ("Le distributeur Ondal, lui-même basé à Lyon depuis 2005, a signé un contrat avec Kestrel.",
     {("Ondal", "locatedIn", "Lyon", A)}, "settle@apposed-participle, lui-même"),
    ("Les équipementiers Varnier et Ostal ont signé un accord. Les deux sociétés, toutes deux "
     "installées à Clermont-Ferrand, livreront Kestrel.",
     {("Varnier", "locatedIn", "Clermont-Ferrand", A),
      ("Ostal", "locatedIn", "Clermont-Ferrand", A)}, "settle@apposed-participle, toutes deux"),
    ("Une étude est en cours avec Akira Labs, elle aussi installée à la Technocité de Biarritz.",
     {("Akira Labs", "locatedIn", "Biarritz", A)}, "settle@apposed-participle, a site in a town"),
    ("La start-up Vélia, fondée en 2015 par Marc Dupuis et installée à Rennes, envisagerait "
     "une levée de fonds.",
     {("Vélia", "foundedBy", "Marc Dupuis", A), ("Vélia", "locatedIn", "Rennes", A)},
     "settle@coordinated-participle, after found"),
    ("Les laboratoires Telmar et Ospa ont créé la coentreprise Helior en 2022. La coentreprise, "
     "basée à Lyon et présidée par Anne Ribot, emploiera 200 chercheurs.",
     {("Helior", "locatedIn", "Lyon", A), ("Anne Ribot", "worksFor", "Helior", A)},
     "chair@coordinated-participle, la coentreprise"),
    ("La société Brume est installée à Metz et dirigée depuis 2021 par Henri Lacour.",
     {("Brume", "locatedIn", "Metz", A), ("Brume", "hasCEO", "Henri Lacour", A)},
     "head@coordinated-predicate"),
    ("Les groupes Telmar et Ospa vont fusionner pour créer Helior. La nouvelle entité sera "
     "installée à Strasbourg et dirigée par Marc Dubreuil.",
     {("Helior", "locatedIn", "Strasbourg", A), ("Helior", "hasCEO", "Marc Dubreuil", A)},
     "head@coordinated-predicate, la nouvelle entité is the company created"),
    ("Le groupe Calvane, lui-même fondé en 1987 par Jean Morin, n'a pas racheté Vexo.",
     {("Calvane", "foundedBy", "Jean Morin", A)}, "found@apposed-participle, not negated"),
    ("La start-up nantaise Ondivia, que Marc Delorme a cofondée avec Paul Ferrand, emploie "
     "aujourd'hui quarante ingénieurs.",
     {("Ondivia", "foundedBy", "Marc Delorme", A), ("Ondivia", "foundedBy", "Paul Ferrand", A)},
     "found@relative-object-words and relative-co-agent-words"),
    ("Le laboratoire Kestria, qu'Anne Ribot a fondé en 2009 avec son associé Hugo Lemaire, a "
     "été racheté par le groupe Talmor.",
     {("Kestria", "foundedBy", "Anne Ribot", A), ("Kestria", "foundedBy", "Hugo Lemaire", A)},
     "found@relative-co-agent-words past a date"),
    ("Lucie Brenn a quitté le groupe Talmor en 2021. La jeune pousse Vyrene, qu'elle a "
     "cofondée en 2023 avec l'ingénieur Arnaud Pellerin, recrute vingt techniciens.",
     {("Vyrene", "foundedBy", "Arnaud Pellerin", A)},
     "found@relative-co-agent-words, a pronoun subject and a descriptor before the co-founder"),
    ("La société Ondivia, que Marc Delorme n'a pas fondée, contrairement à la légende, "
     "emploie quarante salariés.",
     {("Ondivia", "foundedBy", "Marc Delorme", N)}, "found@relative-object-words, negated"),
    ("Paul Ferrand a vendu ses parts l'an dernier. La start-up Ondivia, qu'il avait créée en "
     "2008, vient d'être rachetée.",
     {("Ondivia", "foundedBy", "Paul Ferrand", A)}, "found@relative-object-words, a pronoun"),
    ("Ondivia passe sous le contrôle de la firme américaine Talmor, gérée depuis 2011 par Hugo "
     "Lemaire, qui multiplie les rachats.",
     {("Talmor", "hasCEO", "Hugo Lemaire", A)}, "manage@apposed-participle"),
    ("Gérée par Anne Ribot depuis 2015, la société Kestria emploie trois cents personnes.",
     {("Kestria", "hasCEO", "Anne Ribot", A)}, "manage@fronted-participle"),
    ("Le groupe Talmor a annoncé le rachat de Kestria, basée à Lyon et dirigée par Marc Noël.",
     {("Kestria", "locatedIn", "Lyon", A), ("Kestria", "hasCEO", "Marc Noël", A)},
     "settle@apposed-participle, a name in a complement the participle cannot describe"),
    ("Le fabricant d'électrolyseurs Hydrelis a levé 20 millions d'euros. La cession du "
     "fabricant d'électrolyseurs, installé à Grenoble, est envisagée.",
     {("Hydrelis", "locatedIn", "Grenoble", A)},
     "settle@apposed-participle, a description in a complement"),
    ("Kestria, installée à Lille, et Ondal, basée à Nantes, ont fusionné.",
     {("Kestria", "locatedIn", "Lille", A), ("Ondal", "locatedIn", "Nantes", A)},
     "settle@apposed-participle, each name of a pair its own participle"),
    ("Les laboratoires Kestria et Ondal, tous deux dirigés par Marc Noël, ont fusionné.",
     {("Kestria", "hasCEO", "Marc Noël", A), ("Ondal", "hasCEO", "Marc Noël", A)},
     "head@apposed-participle, a plural participle after a list"),
    ("Le groupe Serventis a annoncé mardi l'acquisition de la PME alsacienne Mécalsace, "
     "installée à Colmar et dirigée depuis 2011 par Hélène Kieffer, pour un montant non "
     "communiqué.",
     {("Mécalsace", "locatedIn", "Colmar", A), ("Mécalsace", "hasCEO", "Hélène Kieffer", A)},
     "settle@apposed-participle, after a deal noun of the same gender"),
    ("La fintech Pécune, cofondée en 2020 par Lucie Royer et Samir Haddad et installée à "
     "Bordeaux, a levé 15 millions d'euros.",
     {("Pécune", "locatedIn", "Bordeaux", A), ("Pécune", "foundedBy", "Samir Haddad", A)},
     "settle@coordinated-participle, after a list of founders"),
    ("Le constructeur Navalis, qui a racheté l'an dernier le chantier naval Breizh Marine, "
     "basé à Lorient, envisagerait de céder sa filiale Nautica.",
     {("Breizh Marine", "locatedIn", "Lorient", A)},
     "settle@apposed-participle, a name the tagger reads as an adjective"),
    ("Le groupe Talmor a publié ses comptes. Le groupe, implanté en France et en Espagne, "
     "recrute 200 techniciens.",
     {("Talmor", "locatedIn", "France", A), ("Talmor", "locatedIn", "Espagne", A)},
     "settle@apposed-participle, two places"),
    ("Cofondée en 2019 par Léa Martin et Hugo Bernard, la jeune pousse Nuvalia vise l'Europe.",
     {("Nuvalia", "foundedBy", "Léa Martin", A), ("Nuvalia", "foundedBy", "Hugo Bernard", A)},
     "found@fronted-participle, la jeune pousse X"),
    # ally: a list before a reflexive reciprocal verb, past a fronted adjunct
    ("À la surprise générale, Brivane, Talmor et le suédois Kestrel ont décidé de s'allier.",
     {("Talmor", "partnersWith", "Kestrel", A), ("Brivane", "partnersWith", "Kestrel", A),
      ("Brivane", "partnersWith", "Talmor", A)}, "ally@reciprocal-words"),
    # rival: a definite counted plural of rivals names a pair of rivals
    ("Le groupe Ferlane a publié ses résultats. Les deux rivaux chinois Talmor et Kestrel ont "
     "reculé.",
     {("Talmor", "competitorOf", "Kestrel", A)}, "rival@counted-pair"),
    # order: who orders is the client of whom the order goes to, or comes from
    ("L'armateur breton Brenhar a passé aux chantiers navals Marvel une commande de quatre "
     "ferries hybrides.",
     {("Marvel", "hasClient", "Brenhar", A)}, "order@ordered-words"),
    ("La compagnie Aérolia a passé mardi au motoriste Turbonef une commande ferme de cent "
     "moteurs.",
     {("Turbonef", "hasClient", "Aérolia", A)}, "order@ordered-words past a day"),
    ("Aérolia n'a pas passé au motoriste Turbonef la commande attendue par les analystes.",
     {("Turbonef", "hasClient", "Aérolia", N)}, "order@ordered-words, negated"),
    ("Le motoriste Turbonef a reçu de la part de la compagnie Aérolia une commande de cent "
     "moteurs.",
     {("Turbonef", "hasClient", "Aérolia", A)}, "order-received@ordered-from-words"),
    ("Les chantiers Marvel ont enregistré de l'armateur Brenhar deux nouvelles commandes de "
     "ferries.",
     {("Marvel", "hasClient", "Brenhar", A)}, "order-received@ordered-from-words, counted"),
    # join-round: the inverted subject of a relative clause on a round noun
    ("Ondivia a levé 12 millions d'euros lors d'un tour de table auquel ont participé Kastel "
     "Capital et Midival.",
     {("Kastel Capital", "investsIn", "Ondivia", A), ("Midival", "investsIn", "Ondivia", A)},
     "join-round@round-relative, a list"),
    ("La start-up Ondivia a bouclé une levée de 8 millions d'euros, à laquelle a aussi pris part "
     "le fonds Kastel.",
     {("Kastel", "investsIn", "Ondivia", A)}, "join-round@round-relative, à laquelle"),
    ("La start-up Photonyx a bouclé un tour de table de 140 millions d'euros auquel a souscrit, "
     "pour près de la moitié, le fonds public Avenir Industrie.",
     {("Avenir Industrie", "investsIn", "Photonyx", A)},
     "join-round@round-relative, an amount and a share between commas"),
    ("Le fabricant Kelvio a bouclé une levée de fonds de 30 millions d'euros à laquelle a "
     "participé, comme en 2021, la banque Valmont.",
     {("Valmont", "investsIn", "Kelvio", A)},
     "join-round@round-relative, an aside between commas"),
    ("Le fabricant Kelvio a bouclé une levée de fonds de 30 millions d'euros à laquelle a "
     "participé la banque Valmont.",
     {("Valmont", "investsIn", "Kelvio", A)}, "join-round@round-relative, a long amount"),
    # choose: the passive, and the contract of the chosen supplier
    ("La société Logimeca a été choisie par le groupe Bricoval pour équiper ses entrepôts.",
     {("Logimeca", "hasClient", "Bricoval", A), ("Bricoval", "contractWith", "Logimeca", A)},
     "choose@chosen-for, passive"),
    ("La SNCF a finalement retenu le constructeur Volmar pour équiper ses lignes régionales.",
     {("Volmar", "hasClient", "SNCF", A), ("SNCF", "contractWith", "Volmar", A)},
     "choose@chosen-for, a contract"),
    ("Bricoval n'a pas retenu Logimeca pour automatiser ses entrepôts de Rennes.",
     {("Logimeca", "hasClient", "Bricoval", N), ("Bricoval", "contractWith", "Logimeca", N)},
     "choose@chosen-for, negated"),
    ("La SNCF a choisi Volmar, Kestrel et Orvane pour la maintenance de ses rames régionales.",
     {("Volmar", "hasClient", "SNCF", A), ("Kestrel", "hasClient", "SNCF", A),
      ("Orvane", "hasClient", "SNCF", A), ("SNCF", "contractWith", "Orvane", A)},
     "choose@chosen-for, a list, for a service noun"),
    ("Le groupe Bricoval a retenu la société Logimeca pour l'automatisation de ses six "
     "entrepôts.",
     {("Logimeca", "hasClient", "Bricoval", A)}, "choose@chosen-for, pour l'automatisation"),
    # award: a supply or a service entrusted
    ("Bricoval a confié à Logimeca l'automatisation de ses six entrepôts d'ici 2027.",
     {("Logimeca", "hasClient", "Bricoval", A), ("Bricoval", "contractWith", "Logimeca", A)},
     "award@awarded-words, a service entrusted"),
    ("La SNCF n'a pas confié au constructeur Volmar la maintenance de ses rames régionales.",
     {("Volmar", "hasClient", "SNCF", N)}, "award@awarded-words, a service, negated"),
    # tender-winner: the winner of a tender named by its noun
    ("Logimeca, lauréat de l'appel d'offres lancé par Bricoval, livrera ses robots en 2026.",
     {("Logimeca", "hasClient", "Bricoval", A), ("Bricoval", "contractWith", "Logimeca", A)},
     "tender-winner@winner-of-tender, apposed"),
    ("La société Logimeca a été désignée lauréate de l'appel d'offres de l'enseigne Bricoval.",
     {("Logimeca", "hasClient", "Bricoval", A)}, "tender-winner@winner-of-tender, désignée"),
    ("Logimeca a été déclaré attributaire du marché de la SNCF pour l'entretien de ses gares.",
     {("Logimeca", "hasClient", "SNCF", A)}, "tender-winner@winner-of-tender, attributaire"),
    # counted-among: the counted names after the noun
    ("Ondivia compte parmi ses clients le groupe Ferval et la société Brivane.",
     {("Ondivia", "hasClient", "Ferval", A), ("Ondivia", "hasClient", "Brivane", A)},
     "client@counted-among, inverted list"),
    ("La société Ondivia compte parmi ses actionnaires historiques le fonds Kastel.",
     {("Kastel", "investsIn", "Ondivia", A)}, "shareholder@counted-among, inverted"),
    # shareholder: a predicate the lemmatizer misreads ("actionnair")
    ("Malgré la cession, le fonds Kastel reste actionnaire minoritaire d'Ondivia.",
     {("Kastel", "investsIn", "Ondivia", A)}, "shareholder@predicate, rester"),
    # win: the passive of winning a tender; award: the receiver as the subject of "se voir"
    ("L'appel d'offres de l'enseigne Bricoval a été remporté par le fabricant Logimeca.",
     {("Logimeca", "hasClient", "Bricoval", A), ("Bricoval", "contractWith", "Logimeca", A)},
     "win@won-by-words"),
    ("Le marché de Bricoval pourrait être remporté par Logimeca, selon nos informations.",
     {("Logimeca", "hasClient", "Bricoval", H)}, "win@won-by-words, hedged"),
    ("L'appel d'offres de Bricoval n'a finalement pas été remporté par Logimeca.",
     {("Logimeca", "hasClient", "Bricoval", N)}, "win@won-by-words, negated"),
    ("L'appel d'offres lancé l'an dernier par l'enseigne Orvia a finalement été remporté par le "
     "constructeur Ferrovia.",
     {("Ferrovia", "hasClient", "Orvia", A), ("Ferrovia", "contractWith", "Orvia", A)},
     "win@won-by-words, a tender launched by"),
    # win: an active tender past a time complement, a relative clause on the winner
    ("Le constructeur Ferrovia a remporté l'an dernier l'appel d'offres de la compagnie "
     "ferroviaire Tavernel pour ses rames régionales.",
     {("Ferrovia", "hasClient", "Tavernel", A), ("Ferrovia", "contractWith", "Tavernel", A)},
     "win@won-words, a time complement"),
    ("Logimeca, qui avait déjà gagné en 2023 le marché de la chaîne de jardineries Verdal, "
     "ouvre une usine à Douai.",
     {("Logimeca", "hasClient", "Verdal", A), ("Logimeca", "contractWith", "Verdal", A)},
     "win@won-words, a relative clause"),
    ("La société Orvane a décroché cette année le contrat de maintenance des groupes Kestrel "
     "et Brivane.",
     {("Orvane", "hasClient", "Kestrel", A), ("Orvane", "hasClient", "Brivane", A)},
     "win@won-words, a list of awarders"),
    ("Ferrovia n'a pas remporté cette fois l'appel d'offres du groupe Tavernel, attribué à "
     "Kestrel.",
     {("Ferrovia", "hasClient", "Tavernel", N)}, "win@won-words, negated"),
    ("Le constructeur Ferrovia remporte le marché du tramway de la compagnie Transorva.",
     {("Ferrovia", "hasClient", "Transorva", A)}, "win@won-words, a tender's object"),
    # order-placed: the participle of an order and its supplier after "à", the active in word order
    ("Les trente rames commandées par la compagnie Tavernel au constructeur alsacien Ferrovia "
     "seront livrées en 2027.",
     {("Ferrovia", "hasClient", "Tavernel", A)}, "order-placed@ordered-by-words, participle"),
    ("Les moteurs commandés l'an dernier par les compagnies Aérolia et Skyvia au motoriste "
     "Turbonef arrivent.",
     {("Turbonef", "hasClient", "Aérolia", A), ("Turbonef", "hasClient", "Skyvia", A)},
     "order-placed@ordered-by-words, time and list"),
    ("Tavernel a commandé le mois dernier vingt-quatre rames régionales au constructeur "
     "Ferrovia.",
     {("Ferrovia", "hasClient", "Tavernel", A)}, "order-placed@ordered-by-words, active"),
    ("La compagnie Aérolia n'a finalement pas commandé de nouveaux moteurs au motoriste "
     "Turbonef.",
     {("Turbonef", "hasClient", "Aérolia", N)}, "order-placed@ordered-by-words, negated"),
    ("Pour renouveler sa flotte, la compagnie Skyrail, basée à Nantes, a commandé douze avions "
     "régionaux à l'avionneur Celestair.",
     {("Celestair", "hasClient", "Skyrail", A)}, "order-placed@ordered-by-words, an apposition"),
    ("Le groupe Vantrel construit des blindés. Le constructeur a commandé le mois dernier cent "
     "moteurs au motoriste Brennwerk.",
     {("Brennwerk", "hasClient", "Vantrel", A)}, "order-placed@ordered-by-words, a description"),
    ("La commande de quarante appareils passée en juin par la compagnie Skyrail à l'avionneur "
     "Celestair est la plus importante de l'année.",
     {("Celestair", "hasClient", "Skyrail", A)}, "order@order-placed-by-words"),
    # order-received: the order's source past a time complement, or after "auprès de"
    ("Kestrel avait déjà obtenu en début d'année des commandes de la part de la société de "
     "transport de fonds Valmor pour ses fourgons.",
     {("Kestrel", "hasClient", "Valmor", A)}, "order-received@ordered-from-words, time"),
    ("Les chantiers Marvel ont décroché mardi auprès de l'armateur Brenhar une commande de "
     "quatre ferries.",
     {("Marvel", "hasClient", "Brenhar", A)}, "order-received@ordered-from-words, auprès de"),
    ("Le motoriste Turbonef a enregistré cette semaine deux nouvelles commandes de la part des "
     "compagnies Aérolia et Skyvia.",
     {("Turbonef", "hasClient", "Aérolia", A), ("Turbonef", "hasClient", "Skyvia", A)},
     "order-received@ordered-from-words, a list"),
    # choose: a descriptor with its own "de" complement
    ("Le distributeur Carrelis a retenu le spécialiste de la robotique Stockeo pour lui fournir "
     "les convoyeurs de ses entrepôts.",
     {("Stockeo", "hasClient", "Carrelis", A), ("Carrelis", "contractWith", "Stockeo", A)},
     "choose@chosen-for, a descriptor with a complement"),
    ("L'enseigne Carrelis a finalement choisi l'intégrateur de systèmes Stockeo pour équiper "
     "ses trois plateformes.",
     {("Stockeo", "hasClient", "Carrelis", A)}, "choose@chosen-for, a noun modifier"),
    ("Le groupe hôtelier Valmeris a choisi la société Climanor comme fournisseur de ses "
     "pompes à chaleur.",
     {("Climanor", "hasClient", "Valmeris", A), ("Valmeris", "contractWith", "Climanor", A)},
     "choose@chosen-for, comme fournisseur"),
    ("La chaîne Valmeris a retenu l'installateur Climanor en tant que prestataire exclusif.",
     {("Climanor", "hasClient", "Valmeris", A)}, "choose@chosen-for, en tant que"),
    ("La société Climanor a été désignée comme sous-traitant principal par le groupe Valmeris.",
     {("Climanor", "hasClient", "Valmeris", A)}, "choose@chosen-for, passive comme"),
    ("Climanor n'a pas été retenue comme fournisseur par la chaîne Valmeris.",
     {("Climanor", "hasClient", "Valmeris", N)}, "choose@chosen-for, passive comme, negated"),
    # portfolio: the names in a supplier's portfolio are its clients, in a fund's its stakes
    ("Plusieurs grands comptes font également partie du portefeuille de l'éditeur Cybrane, "
     "comme la banque Hérault Crédit et le distributeur Casanor.",
     {("Cybrane", "hasClient", "Hérault Crédit", A), ("Cybrane", "hasClient", "Casanor", A)},
     "portfolio@portfolio-such-as, comme"),
    ("La mutuelle Solvane et le transporteur Kerlog figurent désormais dans le portefeuille "
     "clients de la société Datalis.",
     {("Datalis", "hasClient", "Solvane", A), ("Datalis", "hasClient", "Kerlog", A)},
     "portfolio@portfolio-such-as, figurer dans"),
    ("Le portefeuille de Datalis compte une dizaine de grands groupes industriels, dont "
     "l'électricien Énergal.",
     {("Datalis", "hasClient", "Énergal", A)}, "portfolio@portfolio-such-as, a count"),
    ("Le portefeuille de l'intégrateur Datalis comprend notamment l'assureur Solvane et la "
     "banque Hérault Crédit.",
     {("Datalis", "hasClient", "Solvane", A), ("Datalis", "hasClient", "Hérault Crédit", A)},
     "portfolio@portfolio-such-as, comprendre"),
    ("Plusieurs jeunes pousses font partie du portefeuille du fonds Kastel Capital, comme "
     "Ondivia et Brivane.",
     {("Kastel Capital", "investsIn", "Ondivia", A), ("Kastel Capital", "investsIn", "Brivane", A)},
     "portfolio@portfolio-such-as, a fund's stakes"),
    ("Le transporteur Kerlog ne fait plus partie du portefeuille de Datalis depuis 2022.",
     {("Datalis", "hasClient", "Kerlog", N)}, "portfolio@portfolio-such-as, negated"),
    # counted-among: a demonstrative or a definite description opens the sentence
    ("Le groupe Corvane rachète Simulix. Ce spécialiste de la simulation, fondé en 2014 par "
     "Hugo Lemaire, compte déjà l'électricien Énergal parmi ses clients.",
     {("Simulix", "hasClient", "Énergal", A)}, "client@counted-among, a demonstrative"),
    ("Corvane a racheté la société Simulix. La société compte aussi la banque Hérault Crédit et "
     "l'assureur Solvane parmi ses clients.",
     {("Simulix", "hasClient", "Hérault Crédit", A), ("Simulix", "hasClient", "Solvane", A)},
     "client@counted-among, a definite description"),
    # equip-with: who equips its own people or sites with another's goods is its client
    ("La coopérative Armolait équipe depuis 2022 ses adhérents des capteurs connectés de la "
     "start-up Capvera.",
     {("Capvera", "hasClient", "Armolait", A)}, "equip-with@equipped-with-words"),
    ("L'enseigne Bricoval, qui a doté ses entrepôts des robots du suédois Logimeca, embauche.",
     {("Logimeca", "hasClient", "Bricoval", A)}, "equip-with@equipped-with-words, relative"),
    ("Le transporteur Kerlog a équipé l'an dernier ses camions des boîtiers télématiques de "
     "Capvera et de Tracko.",
     {("Capvera", "hasClient", "Kerlog", A)}, "equip-with@equipped-with-words, a list"),
    # serve-by-product: a named product's maker serves whom it equips
    ("L'application Lumen Stock de la start-up Lumenia équipe déjà les entrepôts de Bricoval et "
     "de Carrelis.",
     {("Lumenia", "hasClient", "Bricoval", A), ("Lumenia", "hasClient", "Carrelis", A)},
     "serve-by-product@product-serves-words, de"),
    ("Le logiciel Paylo, édité par Fintra, équipe désormais la banque Hérault Crédit.",
     {("Fintra", "hasClient", "Hérault Crédit", A)}, "serve-by-product@product-serves-words, par"),
    ("Le robot Kubo de la société Robotix équipera en 2026 les usines du groupe Tavernel.",
     {("Robotix", "hasClient", "Tavernel", A)}, "serve-by-product@product-serves-words, future"),
    ("Logimeca s'est vu attribuer par Bricoval un contrat de maintenance de cinq ans.",
     {("Logimeca", "hasClient", "Bricoval", A), ("Bricoval", "contractWith", "Logimeca", A)},
     "award@awarded-to-subject-words"),
    ("La société Vantrel s'est vu notifier par le groupe Talmor un marché de 40 millions "
     "d'euros.",
     {("Vantrel", "hasClient", "Talmor", A)}, "award@awarded-to-subject-words, notifier"),
    ("Le chantier Marvel s'est vu confier par l'armateur Brenhar l'entretien de ses ferries.",
     {("Marvel", "hasClient", "Brenhar", A), ("Marvel", "contractWith", "Brenhar", A)},
     "award@awarded-to-subject-words, a service"),
    ("La société Ferrovia a été désignée gagnante de l'appel d'offres de la compagnie Skyrail.",
     {("Ferrovia", "hasClient", "Skyrail", A)}, "tender-winner@winner-of-tender, gagnante"),
    # predicate: one of the nouns said of the complement
    ("L'assureur Solvane est l'un des principaux clients de l'éditeur Datalis.",
     {("Datalis", "hasClient", "Solvane", A)}, "client@predicate, l'un des"),
    ("Le fonds Kastel reste l'un des actionnaires historiques de la société Brivane.",
     {("Kastel", "investsIn", "Brivane", A)}, "shareholder@predicate, l'un des"),
    # enter-capital: an apposed participle of entry
    ("Le groupe Ferval, arrivé en 2012 au capital de Brivane, n'a pas suivi la dernière "
     "augmentation de capital.",
     {("Ferval", "investsIn", "Brivane", A)}, "enter-capital@apposed-entry, presupposed"),
    ("Kastel, entré l'an dernier au capital de la start-up Ondivia, soutient son expansion.",
     {("Kastel", "investsIn", "Ondivia", A)}, "enter-capital@apposed-entry, entrer"),
    # hold-majority: a company holding more than half of another has it as a subsidiary
    ("La société Volnay, détenue à 51 % par le groupe Brévard et à 49 % par l'allemand "
     "Rollkast, ne fait pas partie de la vente.",
     {("Volnay", "subsidiaryOf", "Brévard", A), ("Brévard", "investsIn", "Volnay", A),
      ("Rollkast", "investsIn", "Volnay", A)}, "hold-majority@majority-agent, a split"),
    ("Depuis 2021, la PME Ferlane est contrôlée à 80 % par le groupe lyonnais Talmor, qui a "
     "racheté les parts des fondateurs.",
     {("Ferlane", "subsidiaryOf", "Talmor", A)}, "hold-majority@majority-agent, predicate"),
    ("Le fabricant de pompes Ondal, majoritairement détenu par l'industriel Stramo, a ouvert "
     "une usine à Metz.",
     {("Ondal", "subsidiaryOf", "Stramo", A)}, "hold-majority@majority-agent, majoritairement"),
    ("Les filiales Orvane et Pellix sont détenues à 100 % par le groupe Kestrel.",
     {("Orvane", "subsidiaryOf", "Kestrel", A), ("Pellix", "subsidiaryOf", "Kestrel", A)},
     "hold-majority@majority-agent, a plural list"),
    ("Ferlane, détenue à hauteur de 70 % par le chimiste Brenor, a vu ses ventes progresser.",
     {("Ferlane", "subsidiaryOf", "Brenor", A)}, "hold-majority@majority-agent, à hauteur de"),
    ("Dalmio, détenu à 75 % par le groupe Orvane depuis 2019, recrute.",
     {("Dalmio", "subsidiaryOf", "Orvane", A)}, "hold-majority@majority-agent, masculine"),
    ("Le groupe Talmor détient désormais 70 % de Ferlane.",
     {("Ferlane", "subsidiaryOf", "Talmor", A)}, "hold-majority@majority-active"),
    ("Le groupe Talmor possède 51 % du capital de la société Ferlane.",
     {("Ferlane", "subsidiaryOf", "Talmor", A)}, "hold-majority@majority-active, du capital"),
    ("L'industriel Brenor possède désormais l'intégralité du capital du fabricant de pompes "
     "Ondal.",
     {("Ondal", "subsidiaryOf", "Brenor", A)}, "hold-majority@majority-active, l'intégralité"),
    # ranked-behind: a company ranked against others of its market is their rival
    ("Numéro trois du marché derrière Crescendo Kids et Babylune, Pomelia gère 400 crèches.",
     {("Pomelia", "competitorOf", "Crescendo Kids", A), ("Pomelia", "competitorOf", "Babylune", A)},
     "ranked-behind@fronted-ranked"),
    ("Leader du secteur devant Kestrel et Vexa, la société Talmor recrute.",
     {("Talmor", "competitorOf", "Kestrel", A), ("Talmor", "competitorOf", "Vexa", A)},
     "ranked-behind@fronted-ranked, devant"),
    ("Le groupe Talmor, numéro deux mondial derrière l'américain Kestrel, a publié ses comptes.",
     {("Talmor", "competitorOf", "Kestrel", A)}, "ranked-behind@apposed-ranked"),
    # dominated-market: a company that acts on a market others dominate is their rival
    ("Sur ce marché dominé par le danois Robiq et l'allemand Greifwerk, Articulis mise sur le "
     "prix.",
     {("Articulis", "competitorOf", "Robiq", A), ("Articulis", "competitorOf", "Greifwerk", A)},
     "dominated-market@fronted-dominated"),
    ("Dans un secteur très concurrentiel dominé par Talmor, la start-up Kelvo cherche sa place.",
     {("Kelvo", "competitorOf", "Talmor", A)}, "dominated-market@fronted-dominated, adjectives"),
    ("Sur ce marché longtemps dominé par les groupes Orvane et Brivane, le distributeur Lumio a "
     "perdu des parts.",
     {("Lumio", "competitorOf", "Orvane", A), ("Lumio", "competitorOf", "Brivane", A)},
     "dominated-market@fronted-dominated, an adverb"),
    # own-whole: a company that owns another outright (no share named) is its parent
    ("Ostreval, qui possède également la société de nettoyage industriel Propréa, apportera "
     "ses activités de formation.",
     {("Propréa", "subsidiaryOf", "Ostreval", A)}, "own-whole@whole-active, a relative"),
    ("Le groupe Talmor possède depuis 2019 le fabricant Ferlane.",
     {("Ferlane", "subsidiaryOf", "Talmor", A)}, "own-whole@whole-active, depuis"),
    ("Le groupe Talmor détient aussi le chimiste belge Ferlane.",
     {("Ferlane", "subsidiaryOf", "Talmor", A)}, "own-whole@whole-active, détenir"),
    # join-round past a relative clause that breaks the parse: the round of the raiser
    ("La start-up Ondivia a bouclé une levée de 12 millions d'euros. La coopérative Vergers "
     "d'Olt, qui fournit déjà ses pommes aux cantines de la région, a pris part à la levée.",
     {("Vergers d'Olt", "investsIn", "Ondivia", A)},
     "join-round@round-joined-past-relative, qui"),
    ("La start-up Ondivia a bouclé une levée de 12 millions d'euros. Le groupe mutualiste "
     "Crédit d'Aunis, qui finance déjà plusieurs jeunes pousses de la région, a participé au "
     "tour de table aux côtés de Kastel.",
     {("Crédit d'Aunis", "investsIn", "Ondivia", A), ("Kastel", "investsIn", "Ondivia", A)},
     "join-round@round-joined-past-relative, au tour de table"),
    # majority-shareholder: the majority or sole shareholder that is a company is the parent
    ("Le groupe Talmor, actionnaire majoritaire de Ferlane, a nommé un nouveau directeur.",
     {("Ferlane", "subsidiaryOf", "Talmor", A), ("Talmor", "investsIn", "Ferlane", A)},
     "majority-shareholder@majority-owner, apposed"),
    ("Le chimiste Brenor est l'unique actionnaire de la société Ondal depuis 2015.",
     {("Ondal", "subsidiaryOf", "Brenor", A)}, "majority-shareholder@majority-owner, unique"),
    ("Le groupe Talmor reste l'actionnaire majoritaire du fabricant de pompes Ferlane.",
     {("Ferlane", "subsidiaryOf", "Talmor", A)}, "majority-shareholder@majority-owner, rester"),
    # subsidiary in through-own: "via son fonds Y", the owner named before in the words
    ("Le groupe de services Hautmont, déjà présent dans la mobilité via son fonds Orbane "
     "Invest, étudie le dossier.",
     {("Orbane Invest", "subsidiaryOf", "Hautmont", A)}, "subsidiary@through-own, an aside"),
    ("Le groupe Talmor, via son fonds Pelion Ventures, est entré au capital de Ferlane.",
     {("Pelion Ventures", "subsidiaryOf", "Talmor", A), ("Talmor", "investsIn", "Ferlane", A)},
     "subsidiary@through-own, between commas"),
    ("Le chimiste Brenor investit depuis 2015 dans les biotechnologies grâce à son fonds de "
     "capital-risque Brenor Ventures.",
     {("Brenor Ventures", "subsidiaryOf", "Brenor", A)}, "subsidiary@through-own, grâce à"),
    ("Sénevé Capital, le fonds du groupe Agrolys, figurerait parmi les candidats, tout comme "
     "le groupe Hautmont, déjà présent dans la mobilité via son fonds Orbane Invest.",
     {("Orbane Invest", "subsidiaryOf", "Hautmont", A),
      ("Sénevé Capital", "subsidiaryOf", "Agrolys", A)},
     "subsidiary@through-own, the nearest owner"),
    # bid-received: the subject that receives or turns down a bid is its target
    ("Monelis avait déjà reçu l'an dernier une offre du groupe Worldline.",
     {("Worldline", "acquired", "Monelis", H)}, "bid-received@bid-received-words, recevoir"),
    ("Le spécialiste des paiements Monelis a rejeté mardi l'offre de rachat du fonds "
     "américain Stonebrook.",
     {("Stonebrook", "acquired", "Monelis", N)}, "bid-received@bid-received-words, rejeter"),
    ("Ondal a reçu une offre amicale de la part du fonds Kastel.",
     {("Kastel", "acquired", "Ondal", H)}, "bid-received@bid-received-words, de la part de"),
    ("Client historique de la banque Valmont, Monelis avait reçu une offre du groupe "
     "Worldline, à laquelle son conseil n'avait pas donné suite.",
     {("Worldline", "acquired", "Monelis", N)}, "bid-received@bid-received-words, declined"),
    # deal-plan: a plan to buy the subject, its buyer after "par"
    ("Datalys dément tout projet de rachat par l'américain Hexacom.",
     {("Hexacom", "acquired", "Datalys", N)}, "deal-plan@plan-by-words, dément"),
    ("Datalys dément par ailleurs tout projet de rachat par l'américain Hexacom, évoqué par "
     "la presse.",
     {("Hexacom", "acquired", "Datalys", N)}, "deal-plan@plan-by-words, past an adverbial"),
    ("Ferlane a démenti les rumeurs d'acquisition par Talmor.",
     {("Talmor", "acquired", "Ferlane", N)}, "deal-plan@plan-by-words, rumeurs, a démenti"),
    ("Le fabricant Ondal a confirmé un projet de rachat par le groupe Kastel.",
     {("Kastel", "acquired", "Ondal", H)}, "deal-plan@plan-by-words, a plan confirmed"),
    # sell: the seller of a product named after a time complement, in word order
    ("Fintora commercialise depuis 2019 la gamme Orlane, des fauteuils de bureau ergonomiques.",
     {("Fintora", "develops", "Orlane", A)}, "sell@active-words, past a time complement"),
    # offered-relative: the product named before an object relative clause of its maker
    ("Tempo, l'application que la start-up Fidelio commercialise depuis mars, compte déjà "
     "2 000 utilisateurs.",
     {("Fidelio", "develops", "Tempo", A)}, "sell@offered-relative, a descriptor subject"),
    ("Les utilitaires Kargo, que le constructeur Movilo produira à Douai dès 2026, visent les "
     "artisans.",
     {("Movilo", "develops", "Kargo", A)}, "make@offered-relative, plural, future, no noun"),
    ("Medix, l'assistant que la société Hospira a lancé en 2023 auprès des hôpitaux, rédige "
     "les comptes rendus.",
     {("Hospira", "develops", "Medix", A)}, "launch@offered-relative, compound past"),
    ("Le groupe a choisi Orvia, le logiciel de planification que Kestrel propose depuis peu à "
     "ses clients industriels.",
     {("Kestrel", "develops", "Orvia", A)}, "offer@offered-relative, noun modifier"),
    ("Orvia, le logiciel que Kestrel n'a pas conçu, équipe déjà quarante usines.",
     {("Kestrel", "develops", "Orvia", N)}, "make@offered-relative, negated"),
    # product-of: the maker a definite description names ("de l'atelier", "du constructeur")
    ("Le groupe Kestrel a racheté la start-up Ferlane. L'application Ferlo de la jeune pousse "
     "équipe déjà 300 magasins.",
     {("Ferlane", "develops", "Ferlo", A)}, "product-of@genitive, de la jeune pousse"),
    ("La start-up Ferlane lève 5 millions d'euros. Elle veut faire de l'application Ferlo de "
     "la start-up la vedette de son offre.",
     {("Ferlane", "develops", "Ferlo", A)}, "product-of@genitive, de la start-up"),
    ("Le constructeur Movilo a dévoilé ses résultats. Le Tarvo du constructeur reste "
     "l'utilitaire le plus vendu de France.",
     {("Movilo", "develops", "Tarvo", A)}, "product-of@genitive, du constructeur"),
    # supply-vehicles: the contractor's vehicles named after the deal noun
    ("L'agence a notifié mardi à la société Vantrel un contrat de 180 millions d'euros pour la "
     "livraison de soixante véhicules blindés Ouragan.",
     {("Vantrel", "develops", "Ouragan", A)}, "supply-vehicles@contracted-vehicles-words, à X"),
    ("Les chantiers Marvel ont remporté un marché de 2 milliards d'euros pour la construction "
     "de quatre frégates Aster.",
     {("Marvel", "develops", "Aster", A)}, "supply-vehicles@contracted-vehicles-words, won"),
    ("La région a attribué au constructeur Ferrovia un contrat pour la fourniture de vingt "
     "rames Regio.",
     {("Ferrovia", "develops", "Regio", A)}, "supply-vehicles@contracted-vehicles-words, rames"),
    ("Le ministère n'a finalement pas notifié à Vantrel le contrat pour la livraison de "
     "soixante blindés Ouragan.",
     {("Vantrel", "develops", "Ouragan", A)},
     "supply-vehicles@contracted-vehicles-words, the maker out of reach of the negation"),
    # possessive relational nouns with an apposed name and its descriptor: the possessive is
    # the clause's subject, or the company the text is about when the noun opens the sentence
    ("Le groupe Ferlane réalisera les travaux de raccordement avec son partenaire habituel, le "
     "câblier danois Norvik, dès l'été prochain.",
     {("Ferlane", "partnersWith", "Norvik", A)}, "partner@possessed-apposed, a descriptor"),
    ("Le constructeur Talmor a remporté l'appel d'offres de la région. Son concurrent direct, "
     "l'italien Brevano, avait pourtant proposé un prix plus bas.",
     {("Talmor", "competitorOf", "Brevano", A)},
     "rival@possessed-apposed, the sentence opens with the noun"),
    ("Le constructeur Talmor a devancé l'an dernier son grand rival, le suédois Vexlund, sur le "
     "marché des bus électriques.",
     {("Talmor", "competitorOf", "Vexlund", A)}, "rival@possessed-apposed, grand rival"),
    ("La start-up Orvane s'appuie depuis 2019 sur son fournisseur historique, le fondeur "
     "taïwanais Kestria, pour ses puces.",
     {("Kestria", "hasClient", "Orvane", A)}, "supplier@possessed-apposed, a descriptor"),
    ("Le groupe Talmor publie des résultats en hausse. Ses rivaux, Ostral et le français Vexin, "
     "ont annoncé des baisses de prix.",
     {("Talmor", "competitorOf", "Ostral", A), ("Talmor", "competitorOf", "Vexin", A)},
     "rival@possessed-apposed, ses: a list"),
    ("Le constructeur Talmor distance désormais ses deux principaux concurrents, le suédois "
     "Vexlund et l'allemand Ostral.",
     {("Talmor", "competitorOf", "Vexlund", A), ("Talmor", "competitorOf", "Ostral", A)},
     "rival@possessed-apposed, a count and a list with descriptors"),
    ("Le groupe Talmor, dont le concurrent direct, l'allemand Ostral, a annoncé des pertes, "
     "reste rentable.",
     {("Talmor", "competitorOf", "Ostral", A)}, "rival@whose, the name apposed"),
    ("La société Brivane, dont le principal client, l'opérateur Vexin, a réduit ses commandes, "
     "supprime 40 postes.",
     {("Brivane", "hasClient", "Vexin", A)}, "client@whose, the name apposed"),
    # owners: a brand owned is a company
    ("Le groupe Varlon, propriétaire de la marque Ferlane, rachète le chausseur Ostrea.",
     {("Ferlane", "subsidiaryOf", "Varlon", A)}, "parent@apposed-after, la marque"),
    ("Le groupe Varlon, propriétaire des marques Ferlane et Ostrea, rachète le chausseur Milvio.",
     {("Ferlane", "subsidiaryOf", "Varlon", A), ("Ostrea", "subsidiaryOf", "Varlon", A)},
     "parent@apposed-after, des marques"),
    ("Le groupe Varlon, propriétaire du logiciel de caisse Orkos, a publié ses ventes.",
     {("Varlon", "develops", "Orkos", A)}, "develops.owner: a product owned stays one"),
    # stakes: who becomes the sole or majority owner has bought; a stake named by its holder
    ("Le groupe Talmor vient de reprendre la participation du fonds Kastel dans Ferlane, dont "
     "il devient l'unique actionnaire.",
     {("Talmor", "acquired", "Ferlane", A)}, "sole-owner@became-owner-dont, il"),
    ("Le groupe Talmor a repris les parts de Kastel dans la société Ferlane, dont le groupe "
     "Talmor est devenu l'actionnaire majoritaire en 2021.",
     {("Talmor", "acquired", "Ferlane", A)}, "sole-owner@became-owner-dont, majoritaire"),
    ("Le groupe Talmor a repris la participation de la banque Valmont dans Calvane, "
     "l'exploitant du réseau de chaleur de Reims, dont il devient l'unique actionnaire.",
     {("Talmor", "acquired", "Calvane", A)}, "sole-owner@became-owner-dont, past an apposition"),
    ("Le fonds Pelion paiera 200 millions d'euros pour les 35 % détenus par le fonds Kastel "
     "dans la société Ferlane.",
     {("Kastel", "investsIn", "Ferlane", A)}, "hold@held-stake-words"),
    ("L'accord porte sur la part de 20 % détenue jusqu'ici par la banque Valmont au capital de "
     "Ferlane.",
     {("Valmont", "investsIn", "Ferlane", A)}, "hold@held-stake-words, au capital de"),
    # the maker described by its founding: the description that opens the clause
    ("La fintech Ferlane a levé 30 millions d'euros. Valorisée 1 milliard d'euros, la société "
     "créée en 2016 par Paul Marchal édite Paylo, un logiciel de paie.",
     {("Ferlane", "develops", "Paylo", A)}, "make@founded-maker-words"),
    ("La fintech Ferlane a levé 30 millions d'euros auprès du fonds Kastel. Désormais rentable, "
     "la start-up fondée par Paul Marchal et Julie Vasseur développe Paylo, une application de "
     "gestion des congés.",
     {("Ferlane", "develops", "Paylo", A)}, "make@founded-maker-words, two founders"),
    # founding "avec": both founders
    ("Paul Marchal a cofondé Ostral avec Julie Vasseur en 2004.",
     {("Ostral", "foundedBy", "Paul Marchal", A), ("Ostral", "foundedBy", "Julie Vasseur", A)},
     "found@co-founded-words, a bare name"),
    ("Paul Marchal dirige désormais la jeune pousse Ostral, cofondée en 2016 avec l'ingénieure "
     "Julie Vasseur.",
     {("Ostral", "foundedBy", "Julie Vasseur", A)}, "found@co-founded-words, a participle"),
    ("Le groupe Talmor a créé la coentreprise Ostral avec le chimiste Kestria en 2019.",
     {("Ostral", "foundedBy", "Talmor", A), ("Ostral", "foundedBy", "Kestria", A)},
     "found@co-founded-words, two companies"),
    # choose: a supplier chosen at the end of a tender, fronted or after the name; the clients
    # are organisations named after a place
    ("La Métropole de Rouvray a retenu la société de services Netrix à l'issue de l'appel "
     "d'offres lancé l'an dernier pour l'entretien de ses parcs.",
     {("Netrix", "hasClient", "Métropole de Rouvray", A),
      ("Métropole de Rouvray", "contractWith", "Netrix", A)},
     "choose@chosen-for, à l'issue de l'appel d'offres"),
    ("À l'issue d'une consultation européenne, la Régie des eaux de Valmont a finalement choisi "
     "le groupe Hydrelis.",
     {("Hydrelis", "hasClient", "Régie des eaux de Valmont", A)},
     "choose@chosen-for, a fronted consultation"),
    ("Au terme de la mise en concurrence lancée en 2022, la compagnie Aérolis a sélectionné "
     "l'équipementier Skyvance.",
     {("Skyvance", "hasClient", "Aérolis", A), ("Aérolis", "contractWith", "Skyvance", A)},
     "choose@chosen-for, au terme de la mise en concurrence"),
    ("La Communauté urbaine de Dorval a désigné les sociétés Netrix et Ovalia au terme d'un "
     "appel d'offres très disputé.",
     {("Netrix", "hasClient", "Communauté urbaine de Dorval", A),
      ("Ovalia", "hasClient", "Communauté urbaine de Dorval", A)},
     "choose@chosen-for, a list of winners"),
    ("À l'issue de l'appel d'offres, la Métropole de Rouvray n'a pas retenu le groupe Netrix.",
     {("Netrix", "hasClient", "Métropole de Rouvray", N)}, "choose@chosen-for, tender, negated"),
    ("Le Syndicat mixte des transports de Valmont a choisi la société Netrix pour entretenir "
     "ses dépôts de bus.",
     {("Netrix", "hasClient", "Syndicat mixte des transports de Valmont", A)},
     "choose@chosen-for, pour entretenir"),
    ("Sa filiale Netrix Services a remporté en mars l'appel d'offres de la Régie des transports "
     "de Dorval pour l'entretien de ses dépôts.",
     {("Netrix Services", "hasClient", "Régie des transports de Dorval", A),
      ("Netrix Services", "contractWith", "Régie des transports de Dorval", A)},
     "win@won-words, a régie named after its city"),
    # serve-by-product: goods named by their kind, or a named product of a described maker
    ("Les boîtiers de la société Trakline équipent désormais les camions du transporteur "
     "Vallaud.",
     {("Trakline", "hasClient", "Vallaud", A)}, "serve-by-product@product-serves-words, goods"),
    ("Le logiciel de la start-up Datavia équipe déjà les agences de la banque Moranne et de "
     "l'assureur Cevalis.",
     {("Datavia", "hasClient", "Moranne", A), ("Datavia", "hasClient", "Cevalis", A)},
     "serve-by-product@product-serves-words, goods, a list"),
    ("Les robots autonomes de Robotek équiperont en 2026 les entrepôts du distributeur "
     "Brelmont.",
     {("Robotek", "hasClient", "Brelmont", A)},
     "serve-by-product@product-serves-words, future and date"),
    ("Les capteurs de Trakline n'équipent pas encore les camions de Vallaud.",
     {("Trakline", "hasClient", "Vallaud", N)},
     "serve-by-product@product-serves-words, pas encore"),
    ("La start-up Lumiq a été fondée en 2019 à Rennes. Le logiciel Geotrack de la start-up "
     "équipe désormais les magasins du distributeur Castelor.",
     {("Lumiq", "hasClient", "Castelor", A)},
     "serve-by-product@product-serves-words, a described maker"),
    # equip-with: the maker a definite description; "jeune pousse" read as a verb
    ("La start-up Capsol a levé 10 millions d'euros. La coopérative Agrinord, qui équipe déjà "
     "ses adhérents des boîtiers de la jeune pousse, a pris part à la levée.",
     {("Capsol", "hasClient", "Agrinord", A)}, "equip-with@equipped-with-words, described"),
    ("La coopérative Agrinord, qui a équipé l'an dernier ses adhérents des capteurs de la jeune "
     "pousse Capsol, rejoint le tour.",
     {("Capsol", "hasClient", "Agrinord", A)}, "equip-with@equipped-with-words, jeune pousse"),
    # order-placed: the client a description after a fronted clause on a product
    ("Le groupe Navalor construit la frégate Aster. Pour motoriser l'Aster, l'industriel, basé "
     "à Lorient, a commandé huit turbines au motoriste suisse Helvatec.",
     {("Helvatec", "hasClient", "Navalor", A)},
     "order-placed@ordered-by-words, l'industriel after a fronted clause"),
    ("Le constructeur Ferrovia a livré le premier train. Les rames commandées en 2022 par la "
     "régie Transalpe au constructeur ont été livrées en mars.",
     {("Ferrovia", "hasClient", "Transalpe", A)},
     "order-placed@ordered-by-words, au constructeur (a description)"),
    ("Le motoriste Turbonef a ouvert une usine à Tarbes. Les moteurs commandés l'an dernier par "
     "la compagnie Aérolis au motoriste toulousain seront livrés en 2027.",
     {("Turbonef", "hasClient", "Aérolis", A)},
     "order-placed@ordered-by-words, au motoriste toulousain"),
    # sign-in-turn: whose turn it is to sign, and the companies listed after "après"
    ("Après Brelmont, Castorix et Dalvane, c'est au tour de Eldor de signer un accord de "
     "distribution avec Fintex.",
     {("Eldor", "contractWith", "Fintex", A), ("Brelmont", "contractWith", "Fintex", A),
      ("Castorix", "contractWith", "Fintex", A), ("Dalvane", "contractWith", "Fintex", A)},
     "sign-in-turn@signed-in-turn-words, a list after après"),
    ("Après les enseignes Brelmont et Castorix, c'est désormais au tour du groupe Eldor de "
     "conclure un contrat de fourniture avec la société Fintex.",
     {("Eldor", "contractWith", "Fintex", A), ("Castorix", "contractWith", "Fintex", A)},
     "sign-in-turn@signed-in-turn-words, descriptors, conclure un contrat"),
    # an order or a tender only hoped for or possible is hedged
    ("La compagnie Aérolis pourrait commander douze avions régionaux au constructeur Skyvance "
     "d'ici la fin de l'année.",
     {("Skyvance", "hasClient", "Aérolis", H)}, "order, pourrait commander"),
    ("Le groupe Netrix espère remporter l'appel d'offres de la Métropole de Rouvray pour "
     "l'entretien de ses parcs.",
     {("Netrix", "hasClient", "Métropole de Rouvray", H)}, "win, espère remporter"),
    # candidate: a candidacy's word stands for the company (or stake) said to be for sale
    ("Le groupe lyonnais Castelmont a mis en vente sa filiale de logistique Ferloc, qui emploie "
     "800 salariés. Selon nos informations, le fonds Arbelle Capital serait déjà sur les rangs.",
     {("Arbelle Capital", "acquired", "Ferloc", H)}, "candidate@candidacy-words, sur les rangs"),
    ("Le fabricant de volets Orvanne cherche un repreneur depuis le printemps. Le groupe "
     "familial Sarlat étudierait lui aussi le dossier, tout comme le fonds breton Kerdan Partners.",
     {("Sarlat", "acquired", "Orvanne", H), ("Kerdan Partners", "acquired", "Orvanne", H)},
     "candidate@candidacy-words, le dossier, a second candidate after tout comme"),
    ("La chaîne de magasins Pelvia est à vendre depuis janvier. L'enseigne Marnoval, déjà "
     "présente dans le sud du pays, figurerait parmi les repreneurs potentiels.",
     {("Marnoval", "acquired", "Pelvia", H)}, "candidate@candidacy-aside-words, repreneurs"),
    ("La banque Kervel, détenue à 30 % par l'assureur Moliva, cherche un nouvel actionnaire. Le "
     "fonds souverain Ardelis ferait partie des prétendants, selon des sources proches du dossier.",
     {("Ardelis", "investsIn", "Kervel", H)}, "candidate@candidacy-words, a stake sought"),
    ("L'assureur Moliva souhaite céder les 25 % qu'il détient dans la banque Kervel. Le fonds "
     "Ardelis serait en lice, de même que le groupe mutualiste Aviva Ouest.",
     {("Ardelis", "investsIn", "Kervel", H), ("Aviva Ouest", "investsIn", "Kervel", H)},
     "candidate@candidacy-also-words, a stake sold, en lice, de même que"),
    ("Le groupe Talvène a officialisé mardi la mise en vente de sa filiale Froidal. Le groupe "
     "Sarlat s'est porté candidat.",
     {("Sarlat", "acquired", "Froidal", H)}, "candidate@candidacy-words, porté candidat"),
    ("Le groupe Dorvane serait prêt à racheter le papetier Marvéa, selon plusieurs sources. Le "
     "fonds Ashcombe regarderait également le dossier.",
     {("Ashcombe", "acquired", "Marvéa", H)}, "candidate@candidacy-words, the target of a bid"),
    ("Le laboratoire Ombrelle a été mis en vente par ses actionnaires. Le groupe Sarlat ne "
     "serait plus sur les rangs, mais le fonds Kerdan Partners étudie le dossier.",
     {("Sarlat", "acquired", "Ombrelle", N), ("Kerdan Partners", "acquired", "Ombrelle", H)},
     "withdrawn@withdrawal-words, ne ... plus; candidate in the present, hedged"),
    ("La société Pelvia est à vendre. Le groupe Marnoval, un temps intéressé, aurait finalement "
     "renoncé au dossier. Le groupe Sarlat n'est plus candidat.",
     {("Marnoval", "acquired", "Pelvia", N), ("Sarlat", "acquired", "Pelvia", N)},
     "withdrawn@withdrawal-words, renoncé au dossier, n'est plus candidat"),
    ("Le fonds Valmor, propriétaire du fabricant de cuisines Ostéa, a mandaté la banque Lafitte "
     "pour lui trouver un acquéreur. La société Vernel serait sur les rangs.",
     {("Vernel", "acquired", "Ostéa", H)}, "candidate@candidacy-words, an owner's property"),
    ("La biscuiterie Kerlann est à vendre depuis l'été. Le groupe Dolcevia serait quant à lui "
     "sur les rangs, et le fonds Arbelle étudierait pour sa part le dossier. Le groupe Sarlat "
     "aurait toutefois renoncé au dossier.",
     {("Dolcevia", "acquired", "Kerlann", H), ("Arbelle", "acquired", "Kerlann", H),
      ("Sarlat", "acquired", "Kerlann", N)},
     "candidate@candidacy-words, withdrawn@withdrawal-words, inserted adverbials"),
    ("Le groupe Sarlat serait intéressé par la société Orvanne, mise en vente par ses "
     "actionnaires. Le fonds Kerdan Partners s'est dit très intéressé par le fabricant Orvanne.",
     {("Sarlat", "acquired", "Orvanne", H), ("Kerdan Partners", "acquired", "Orvanne", H)},
     "candidate@candidacy-words, intéressé par Y"),
    ("Le groupe Talvène veut se séparer de sa filiale de transport Ferloc. Le groupe Sarlat "
     "reste sur les rangs. La start-up Orvanne envisage d'ouvrir son capital. Le fonds Kerdan "
     "Partners ferait partie des candidats.",
     {("Sarlat", "acquired", "Ferloc", H), ("Kerdan Partners", "investsIn", "Orvanne", H)},
     "candidate@candidacy-words, se séparer de Y, reste sur les rangs, Y ouvre son capital"),
    # sold-to, stake-sold-to: a sale told from the seller gives its buyer
    ("Ferloc, que Talvène avait revendue en 2010 au groupe Mercadier, a fermé son dernier "
     "entrepôt.",
     {("Mercadier", "acquired", "Ferloc", A)}, "sold-to@sold-relative-words, past a date"),
    ("La société de transport Ferloc, que le groupe Talvène a cédée pour 20 millions d'euros "
     "au fonds Arbelle Capital, recrute.",
     {("Arbelle Capital", "acquired", "Ferloc", A)}, "sold-to@sold-relative-words, an amount"),
    ("Les laboratoires Ombrelle, que la famille Dulac n'a jamais vendus à Mercadier, restent "
     "indépendants.",
     {("Mercadier", "acquired", "Ombrelle", N)}, "sold-to@sold-relative-words, negated"),
    ("Talvène a vendu le solde de sa participation au capital d'Orvanne au groupe Mercadier.",
     {("Mercadier", "investsIn", "Orvanne", A)}, "stake-sold-to@stake-sold-to-words, le solde"),
    ("L'assureur Moliva a cédé l'an dernier ses 20 % dans la banque Kervel au fonds Ardelis.",
     {("Ardelis", "investsIn", "Kervel", A), ("Moliva", "investsIn", "Kervel", N)},
     "stake-sold-to@stake-sold-to-words, a percentage; the seller's stake negated"),
    ("Le groupe Kastel aurait cédé 10 % du capital de Ferlane au fonds Pelion.",
     {("Pelion", "investsIn", "Ferlane", H)}, "stake-sold-to@stake-sold-to-words, hedged"),
    # buy in an inverted object relative of payment, with a purpose infinitive
    ("La somme qu'a dû payer le groupe Mercadier pour acquérir Orvanne reste confidentielle.",
     {("Mercadier", "acquired", "Orvanne", A)}, "buy@paid-inverted-words"),
    # award@awarded-words: the service first and its receiver last, or the passive with its
    # awarder after "par"; a public body named after a place awards as an organisation
    ("La région Valdorne a attribué l'exploitation de ses lignes ferroviaires à la société "
     "Trans-Ouest.",
     {("Trans-Ouest", "hasClient", "Valdorne", A), ("Valdorne", "contractWith", "Trans-Ouest", A)},
     "award@awarded-words, the service before its receiver, a region"),
    ("Le groupe hospitalier Sorelis a confié l'entretien de ses bâtiments à la société Netrix "
     "pour cinq ans.",
     {("Netrix", "hasClient", "Sorelis", A)}, "award@awarded-words, confier l'entretien de"),
    ("Le marché de maintenance a été attribué à la société Ferrovia par la ville de Kerbriand.",
     {("Ferrovia", "hasClient", "Kerbriand", A), ("Kerbriand", "contractWith", "Ferrovia", A)},
     "award@awarded-words, passive with its awarder, a town"),
    ("La ville de Kerbriand a finalement adjugé le marché au groupe Netrix.",
     {("Netrix", "hasClient", "Kerbriand", A)}, "award@awarded-words, adjuger le marché au"),
    ("La ville de Kerbriand a octroyé un contrat de 80 millions d'euros à Mobivia.",
     {("Mobivia", "hasClient", "Kerbriand", A), ("Kerbriand", "contractWith", "Mobivia", A)},
     "award@awarded-words, a bare receiver after the amount of the contract"),
    # the companies a contract binds (family bind): in a participle or a relative after the
    # contract, in a passive with its "par", a list pairwise
    ("Selon les termes du contrat de fourniture liant la société Orvalis au constructeur "
     "Bretmar, les livraisons débuteront en juin.",
     {("Orvalis", "contractWith", "Bretmar", A)}, "bind@bound-by-contract-words, liant X à Y"),
    ("L'accord-cadre de sept ans qui lie désormais le transporteur Givrane et l'enseigne "
     "Mercelis a été signé à Rennes.",
     {("Givrane", "contractWith", "Mercelis", A)}, "bind@bound-by-contract-words, qui lie X et Y"),
    ("Depuis 2016, la PME Coralis est liée au groupe hospitalier Santival par un contrat de "
     "maintenance de ses scanners.",
     {("Coralis", "contractWith", "Santival", A)},
     "bind@bound-by-contract-words, X est liée à Y par"),
    ("Les laboratoires Ferlis, Amarel et Ostrea sont désormais liés par un accord de licence "
     "portant sur trois molécules.",
     {("Ferlis", "contractWith", "Amarel", A), ("Ferlis", "contractWith", "Ostrea", A),
      ("Amarel", "contractWith", "Ostrea", A)}, "bind@bound-together-words, a list pairwise"),
    ("Le contrat liant la société Orvalis au constructeur Bretmar a été résilié en mars.",
     {("Orvalis", "contractWith", "Bretmar", N)}, "bind@bound-by-contract-words, résilié"),
    # a service entrusted: cleaning, collection, guarding
    ("Le groupe hospitalier Santival a confié à la société Netalis le nettoyage de ses "
     "cliniques jusqu'en 2029.",
     {("Santival", "contractWith", "Netalis", A), ("Netalis", "hasClient", "Santival", A)},
     "award@awarded-words, le nettoyage"),
    ("Le bailleur social Habitéo confiera la collecte de ses déchets à la société Ecovia à "
     "partir de janvier.",
     {("Habitéo", "contractWith", "Ecovia", A), ("Ecovia", "hasClient", "Habitéo", A)},
     "award@awarded-words, la collecte first"),
    # "avoir pour" + the noun of a family: the name after the noun is its holder
    ("La PME Fertis a pour clients les groupes aéronautiques Airvel et Sadrane.",
     {("Fertis", "hasClient", "Airvel", A), ("Fertis", "hasClient", "Sadrane", A)},
     "client@has-as, a list"),
    ("La société Ondivia, qui a notamment pour actionnaire le fonds Kastel, recrute.",
     {("Kastel", "investsIn", "Ondivia", A)}, "shareholder@has-as, in a relative"),
    ("Le groupe Talmor a désormais pour principal concurrent la start-up Kestrel.",
     {("Talmor", "competitorOf", "Kestrel", A)}, "rival@has-as, an adjective before"),
    ("Ferlis a pour fournisseur historique le chimiste Kairo.",
     {("Kairo", "hasClient", "Ferlis", A)}, "supplier@has-as, a bare name first"),
    ("La start-up Ferlis a pour maison mère le groupe Ondivia.",
     {("Ferlis", "subsidiaryOf", "Ondivia", A)}, "parent@has-as, maison mère"),
    ("Le groupe Talmor n'a plus pour client la société Kestrel depuis 2022.",
     {("Talmor", "hasClient", "Kestrel", N)}, "client@has-as, negated"),
    # a contract signed with a partner named before it (sign-with@signed-with-words)
    ("La société Norvane a signé lundi avec l'exploitant ferroviaire Transalpe un contrat de "
     "maintenance de dix ans.",
     {("Norvane", "contractWith", "Transalpe", A)}, "sign-with@signed-with-words, a day between"),
    ("Givrane a finalement conclu avec l'enseigne Mercelis un accord-cadre portant sur trois "
     "ans.",
     {("Givrane", "contractWith", "Mercelis", A)}, "sign-with@signed-with-words, accord-cadre"),
    ("La société Norvane n'a pas signé avec l'exploitant Transalpe le contrat espéré.",
     {("Norvane", "contractWith", "Transalpe", N)}, "sign-with@signed-with-words, negated"),
    # a contract won from a client named before it (win-from@won-from-words)
    ("La société Vantrel a décroché auprès du groupe Talmor un contrat de 12 millions "
     "d'euros.",
     {("Vantrel", "hasClient", "Talmor", A), ("Vantrel", "contractWith", "Talmor", A)},
     "win-from@won-from-words, décrocher auprès de"),
    ("Le groupe Netalis a remporté cette semaine auprès de la clinique Santival un marché de "
     "nettoyage.",
     {("Netalis", "hasClient", "Santival", A), ("Netalis", "contractWith", "Santival", A)},
     "win-from@won-from-words, a time between"),
    ("La société Vantrel n'a pas obtenu auprès du groupe Talmor le contrat espéré.",
     {("Vantrel", "hasClient", "Talmor", N), ("Vantrel", "contractWith", "Talmor", N)},
     "win-from@won-from-words, negated"),
    # hold in stake-held-words: a stake named by its holding, in the present, or still to
    # change hands after an infinitive
    ("Le fonds Orvalis veut céder les 20 % qu'il détient dans Ferlane.",
     {("Orvalis", "investsIn", "Ferlane", A)}, "hold@stake-held-words, qu'il détient dans"),
    ("Orvalis cherche un acquéreur pour les 20 % qu'il détient encore dans la start-up "
     "lyonnaise Ferlane.",
     {("Orvalis", "investsIn", "Ferlane", A)}, "hold@stake-held-words, an adverb, a descriptor"),
    ("La banque Kervane envisage de vendre les 12 % que le fonds Orvalis possède au capital de "
     "Ferlane.",
     {("Orvalis", "investsIn", "Ferlane", A)}, "hold@stake-held-words, a named holder, posséder"),
    ("Castelnor va racheter les 35 % de Ferlane détenus par le fonds Orvalis.",
     {("Orvalis", "investsIn", "Ferlane", A)}, "hold@stake-held-words, les N % de Y détenus par X"),
    ("Castelnor propose de reprendre les 35 % détenus par le fonds Orvalis dans Ferlane.",
     {("Orvalis", "investsIn", "Ferlane", A)}, "hold@stake-held-words, détenus par X dans Y"),
    ("Le fonds Orvalis a cédé les 20 % qu'il détenait dans Ferlane au groupe Castelnor.",
     {("Castelnor", "investsIn", "Ferlane", A)},
     "stake-sold-to@stake-sold-to-words, qu'il détenait"),
    # buy-for-oneself in reflexive-active-words, past a complement between commas
    ("Le chimiste Voltrex s'est offert l'an dernier, pour 15 millions d'euros, la PME Bricamo.",
     {("Voltrex", "acquired", "Bricamo", A)},
     "buy-for-oneself@reflexive-active-words, an amount between commas"),
    ("Le groupe Castelnor s'offre, après des mois de négociations, le spécialiste lyonnais "
     "Ferlane.",
     {("Castelnor", "acquired", "Ferlane", A)},
     "buy-for-oneself@reflexive-active-words, present, an adverbial between commas"),
]


@pytest.mark.parametrize(
    "text, expected", [pytest.param(t, e, id=i) for t, e, i in SLOTS]
)
def test_family_in_slot(extract_facts, text, expected):
    assert_facts(extract_facts(text), expected)


NOT_A_RELATION = [
    pytest.param(
        "Ondivia et Brivane sont clients de Kestrel depuis 2019.",
        id="a list is reciprocal only for symmetric relations",
    ),
    pytest.param(
        "Dans ce tour mené par le fonds de capital-risque Kastel, Pelion et Brivane ont "
        "aussi investi.",
        id="a-noun-modifier-is-not-a-complement",
    ),
    pytest.param(
        "Le groupe Varlon, propriétaire de Ferlane et de Milvio, a signé avec Ostrea.",
        id="one-list-does-not-make-the-holder-a-subsidiary",
    ),
]


@pytest.mark.parametrize("text", NOT_A_RELATION)
def test_no_relation_between_co_listed_names(extract_facts, text):
    facts = extract_facts(text)
    listed = {"Ferlane", "Milvio", "Ostrea", "Ondivia", "Brivane", "Pelion", "Kastel"}
    wrong = {f for f in facts if f[0] in listed and f[2] in listed}
    assert not wrong, wrong


WRONG_RELATIONS = [
    # dominated-market: a fund or a person acting on the market is no rival, nor a bare noun
    pytest.param(
        "Sur ce marché dominé par Talmor, le fonds Kerval a investi dans la société Kelvo.",
        {("Kerval", "competitorOf", "Talmor"), ("Kelvo", "competitorOf", "Talmor")},
        id="dominated-market-a-fund-investing-there-is-no-rival",
    ),
    pytest.param(
        "Sur ce marché dominé par Talmor, Paul Ferrand a fondé une start-up.",
        {("Paul Ferrand", "competitorOf", "Talmor")},
        id="dominated-market-a-person-is-no-rival",
    ),
    # ranked-behind: a person ranked behind another in a company is no rival
    pytest.param(
        "Numéro deux du groupe derrière Paul Ferrand, Marc Petit quitte Talmor.",
        {("Marc Petit", "competitorOf", "Paul Ferrand"),
         ("Talmor", "competitorOf", "Paul Ferrand")},
        id="ranked-behind-a-person-is-no-rival",
    ),
    # own-whole: a fund, a family own a stake, never a subsidiary; a share is no whole company
    pytest.param(
        "Le fonds Kastel possède la société Ferlane.",
        {("Ferlane", "subsidiaryOf", "Kastel")},
        id="own-whole-a-fund-holds-no-subsidiary",
    ),
    pytest.param(
        "La famille Roussel contrôle le groupe Ferlane.",
        {("Ferlane", "subsidiaryOf", "Roussel")},
        id="own-whole-a-family-holds-no-subsidiary",
    ),
    pytest.param(
        "Le groupe Talmor détient 30 % de la société Ferlane.",
        {("Ferlane", "subsidiaryOf", "Talmor")},
        id="own-whole-a-minority-share-is-no-subsidiary",
    ),
    pytest.param(
        "Le constructeur Ferlane a gagné un contrat. Filiale depuis 2016 du groupe industriel "
        "Talmor, l'entreprise emploie 800 personnes.",
        {("Talmor", "subsidiaryOf", "Talmor"), ("Talmor", "subsidiaryOf", "Ferlane")},
        id="filiale-de-z-l-entreprise-is-not-z-itself",
    ),
    pytest.param(
        "Le groupe Talmor a publié ses comptes. Client depuis 2018 du fabricant Vexa, "
        "l'entreprise a renouvelé son contrat.",
        {("Talmor", "hasClient", "Vexa"), ("Vexa", "subsidiaryOf", "Talmor")},
        id="client-de-y-l-entreprise-is-y-s-client-not-its-supplier",
    ),
    pytest.param(
        "La start-up Ferlis vend des capteurs. Soutenue depuis 2021 par le fonds Kastel Capital, "
        "la jeune pousse a doublé ses effectifs.",
        {("Ferlis", "foundedBy", "Kastel Capital"), ("Kastel Capital", "acquired", "Ferlis")},
        id="a-backer-before-la-jeune-pousse-is-no-founder",
    ),
    pytest.param(
        "Fondé en 1998 par Pierre Almeras, le groupe Orvane a racheté la jeune pousse Ferlis.",
        {("Ferlis", "foundedBy", "Pierre Almeras")},
        id="the-fronted-founder-is-the-subject's-not-the-object's",
    ),
    pytest.param(
        "La société Brivane recrute. Fondée par Louise Tardieu, la nouvelle usine produira des "
        "batteries.",
        {("Brivane", "foundedBy", "Louise Tardieu")},
        id="a-plant-founded-is-no-company's-founding",
    ),
    pytest.param(
        "La start-up Ferlane, détenue à 65 % par le fonds Kastel Capital, recrute.",
        {("Ferlane", "subsidiaryOf", "Kastel Capital")},
        id="a-fund's-majority-is-a-stake-not-a-parent",
    ),
    pytest.param(
        "La société Ferlane, détenue à 30 % par le groupe Talmor, recrute.",
        {("Ferlane", "subsidiaryOf", "Talmor")},
        id="a-minority-holder-is-no-parent",
    ),
    pytest.param(
        "La société Volnay, détenue à 49 % par le groupe Brévard et à 51 % par Rollkast, "
        "recrute.",
        {("Volnay", "subsidiaryOf", "Brévard")},
        id="the-first-holder-of-a-split-under-half-is-no-parent",
    ),
    pytest.param(
        "La start-up Ondivia a levé 8 millions d'euros. Le fonds Kastel, qui suit le dossier, "
        "a participé à la levée de fonds de Brivane.",
        {("Kastel", "investsIn", "Ondivia")},
        id="a-round-named-after-de-is-not-the-last-raiser's",
    ),
    pytest.param(
        "Le groupe Talmor a racheté Ferlane. Le fonds Kastel, qui connaît bien le secteur, a "
        "pris part à la levée.",
        {("Kastel", "investsIn", "Ferlane"), ("Kastel", "investsIn", "Talmor")},
        id="a-round-with-no-raiser-names-no-company",
    ),
    pytest.param(
        "Le fonds Kastel détient 80 % de Ferlane.",
        {("Ferlane", "subsidiaryOf", "Kastel")},
        id="a-fund-holding-most-is-no-parent",
    ),
    pytest.param(
        "Le groupe Talmor détient 30 % de Ferlane.",
        {("Ferlane", "subsidiaryOf", "Talmor")},
        id="an-active-minority-stake-is-no-parent",
    ),
    pytest.param(
        "Le groupe Talmor, ancien actionnaire majoritaire de Ferlane, a nommé un directeur.",
        {("Ferlane", "subsidiaryOf", "Talmor")},
        id="a-former-majority-shareholder-is-no-parent",
    ),
    pytest.param(
        "Le groupe Talmor n'est plus l'actionnaire majoritaire de Ferlane.",
        {("Ferlane", "subsidiaryOf", "Talmor")},
        id="no-longer-the-majority-shareholder-is-no-parent",
    ),
    pytest.param(
        "Le groupe Talmor, actionnaire minoritaire de Ferlane, recrute.",
        {("Ferlane", "subsidiaryOf", "Talmor")},
        id="a-minority-shareholder-is-no-parent",
    ),
    pytest.param(
        "Le fonds Kastel, actionnaire majoritaire de Ferlane, cherche un repreneur.",
        {("Ferlane", "subsidiaryOf", "Kastel")},
        id="a-fund-as-majority-shareholder-is-no-parent",
    ),
    pytest.param(
        "Talmor a racheté Ferlane, via son fonds Pelion, en 2020.",
        {("Pelion", "subsidiaryOf", "Ferlane")},
        id="via-son-fonds-is-not-the-object's-fund",
    ),
    pytest.param(
        "Le groupe Sylvacor, dont le fonds public Atlantique Participations est le premier "
        "actionnaire, étudierait le dossier.",
        {("Atlantique Participations", "subsidiaryOf", "Sylvacor")},
        id="dont-le-fonds-shareholder-is-no-fund-of-the-group",
    ),
    pytest.param(
        "Xavier Duret a investi dans Ferlane via son fonds Duret Invest.",
        {("Duret Invest", "subsidiaryOf", "Ferlane"),
         ("Duret Invest", "subsidiaryOf", "Xavier Duret")},
        id="a-person's-fund-is-no-subsidiary",
    ),
    pytest.param(
        "Ondal a reçu une commande du groupe Kastel.",
        {("Kastel", "acquired", "Ondal")},
        id="an-order-received-is-no-bid",
    ),
    pytest.param(
        "Ondal a reçu une offre d'emploi de Kastel.",
        {("Kastel", "acquired", "Ondal")},
        id="a-job-offer-is-no-bid",
    ),
    pytest.param(
        "Le groupe Talmor a signé un accord portant sur la fourniture de turbines à la société "
        "Ondal.",
        {("Talmor", "acquired", "Ondal")},
        id="an-agreement-about-supplies-is-no-deal",
    ),
    pytest.param(
        "Le smartphone Galaxy Z9, que l'opérateur Orvane propose à un euro, s'arrache.",
        {("Orvane", "develops", "Galaxy Z9")},
        id="an-operator's-offer-is-not-its-product",
    ),
    pytest.param(
        "L'armée a signé un contrat avec la société Nexter pour la livraison de 60 blindés "
        "Griffon.",
        {("armée", "develops", "Griffon")},
        id="who-signs-a-contract-for-vehicles-does-not-make-them",
    ),
    pytest.param(
        "Le consortium Brabantis n'a pas remporté le marché pour la livraison de soixante "
        "véhicules blindés Ouragan.",
        {("Brabantis", "develops", "Ouragan")},
        id="a-losing-bidder-does-not-make-the-vehicles",
    ),
    pytest.param(
        "Le distributeur Multidis a décroché un contrat pour la livraison de 500 ordinateurs "
        "Pixo.",
        {("Multidis", "develops", "Pixo")},
        id="a-retailer's-goods-under-contract-are-not-its-own",
    ),
    pytest.param(
        "Ondivia, la société que Talmor a créée en 2015, vient de lever 5 millions d'euros.",
        {("Talmor", "develops", "Ondivia")},
        id="a-company-created-in-a-relative-is-no-product",
    ),
    pytest.param(
        "Ondivia, la start-up que Talmor propose de racheter, vaut 30 millions d'euros.",
        {("Talmor", "develops", "Ondivia")},
        id="proposing-to-buy-is-no-product-offered",
    ),
    pytest.param(
        "Le casque Sonix, que le groupe Multidis commercialise en France, est conçu par la "
        "start-up Audira.",
        {("Multidis", "develops", "Sonix")},
        id="a-seller-in-a-relative-yields-to-the-maker",
    ),
    pytest.param(
        "Le constructeur Movilo a racheté la start-up Ferlane. Le Tarvo du constructeur de Lyon "
        "se vend bien.",
        {("Movilo", "develops", "Tarvo"), ("Ferlane", "develops", "Tarvo")},
        id="a-description-with-its-own-complement-is-not-taken-up",
    ),
    pytest.param(
        "Paul Ferrand figure parmi les analystes de la banque Talmor, selon Kastel.",
        {("Talmor", "hasClient", "Paul Ferrand"), ("Paul Ferrand", "investsIn", "Talmor")},
        id="an-analyst-among-a-bank's-staff-is-no-client",
    ),
    pytest.param(
        "Le groupe Talmor a confié à Paul Ferrand la direction de sa filiale Vantrel.",
        {("Talmor", "contractWith", "Vantrel"), ("Vantrel", "hasClient", "Talmor")},
        id="entrusting-a-post-is-no-contract",
    ),
    pytest.param(
        "Parmi les clients de Vendora, Talmor et Brivane ont signé un accord.",
        {("Talmor", "hasClient", "Brivane"), ("Brivane", "hasClient", "Talmor")},
        id="two-clients-are-not-each-other's-clients",
    ),
    pytest.param(
        "Le groupe Kastel, dont le fonds Pelion est le premier actionnaire, a racheté Brivane.",
        {("Pelion", "subsidiaryOf", "Kastel"), ("Kastel", "investsIn", "Pelion")},
        id="a-shareholder-after-dont-is-not-a-subsidiary",
    ),
    pytest.param(
        "La société Ondivia, détenue à 51 % par Talmor, a cédé à 49 % par échange d'actions sa "
        "filiale Brivane.",
        {("Brivane", "investsIn", "Ondivia"), ("Talmor", "investsIn", "Brivane")},
        id="a-split-needs-two-holders",
    ),
    pytest.param(
        "Le groupe Talmor, propriétaire de la société Ondivia, a fait appel au fonds Kastel.",
        {("Talmor", "investsIn", "Ondivia"), ("Ondivia", "subsidiaryOf", "Kastel")},
        id="a-group-owner-has-a-subsidiary-not-a-stake",
    ),
    pytest.param(
        "Selon Kestrel, le logiciel de Fintra est utilisé par 300 entreprises, dont Brivane.",
        {("Kestrel", "hasClient", "Brivane")},
        id="the-source-of-a-count-is-not-the-maker",
    ),
    pytest.param(
        "L'analyste Paul Degand a interrogé 300 dirigeants, dont Marc Orsani, sur la gamme de "
        "Travelo.",
        {("Paul Degand", "hasClient", "Marc Orsani"), ("Travelo", "develops", "Marc Orsani")},
        id="people-polled-are-no-clients",
    ),
    pytest.param(
        "Fintra emploie 300 ingénieurs, dont Marc Orsani, et accompagne 40 start-up, dont "
        "Brivane.",
        {("Fintra", "hasClient", "Marc Orsani"), ("Fintra", "hasClient", "Brivane")},
        id="staff-and-start-ups-coached-are-no-clients",
    ),
    pytest.param(
        "Le fonds Kastel a participé au tour de table aux côtés de Midival Innovation.",
        {("Midival Innovation", "investsIn", "Kastel"),
         ("Kastel", "investsIn", "Midival Innovation")},
        id="a-co-investor-is-not-the-company-funded",
    ),
    pytest.param(
        "Paul Degand rejoint la société Laurane comme directeur général délégué, puis Marie "
        "Degand rejoint Laurane comme directrice générale de sa filiale Kestrel.",
        {("Laurane", "hasCEO", "Paul Degand"), ("Laurane", "hasCEO", "Marie Degand")},
        id="a-deputy-or-a-unit's-head-does-not-run-the-company-joined",
    ),
    pytest.param(
        "Talmor discute avec Kestrel de la vente de ses produits en Asie.",
        {("Kestrel", "acquired", "Talmor")},
        id="selling-products-is-no-sale-of-a-company",
    ),
    pytest.param(
        "C'est un partenariat que n'ont pas signé Talmor et Kestrel.",
        {("Talmor", "partnersWith", "Kestrel"), ("Kestrel", "partnersWith", "Talmor")},
        id="a-partnership-not-signed-relates-no-one",
    ),
    pytest.param(
        "À la surprise générale, Brivane, Talmor et le suédois Kestrel ont refusé de s'allier.",
        {("Talmor", "partnersWith", "Kestrel"), ("Brivane", "partnersWith", "Talmor")},
        id="a-refused-alliance-relates-no-one",
    ),
    pytest.param(
        "Le groupe Ferlane a publié ses résultats. Les deux rivaux chinois Talmor et Kestrel ont "
        "reculé.",
        {("Ferlane", "competitorOf", "Talmor"), ("Talmor", "competitorOf", "Ferlane")},
        id="the-two-rivals-are-rivals-of-each-other-not-of-the-topic",
    ),
    pytest.param(
        "Le groupe Ferlane a publié ses résultats. Les deux partenaires historiques Talmor et "
        "Kestrel ont salué l'accord.",
        {("Talmor", "partnersWith", "Kestrel"), ("Kestrel", "partnersWith", "Talmor")},
        id="two-partners-may-be-a-third-company's",
    ),
    pytest.param(
        "Le groupe Talmor a signé un contrat avec l'État. Le contrat, signé par Paul Ferrand, "
        "porte sur dix ans.",
        {("Talmor", "hasCEO", "Paul Ferrand"), ("Paul Ferrand", "worksFor", "Talmor")},
        id="who-signs-a-contract-does-not-run-the-company",
    ),
    pytest.param(
        "Le groupe Talmor a publié ses résultats. Les usines, installées à Vierzon et à Bourges, "
        "tournent au ralenti.",
        {("Talmor", "locatedIn", "Vierzon"), ("Talmor", "locatedIn", "Bourges")},
        id="the-plants-are-there-not-the-group",
    ),
    pytest.param(
        "L'usine du groupe Talmor, installée à Vierzon, va fermer.",
        {("Talmor", "locatedIn", "Vierzon")},
        id="a-participle-that-agrees-with-the-plant-not-the-group",
    ),
    pytest.param(
        "Le site de Kestria, installé à Lille, emploie 200 personnes. Le projet de Kestria, "
        "piloté par Marc Janin, a pris du retard.",
        {("Kestria", "locatedIn", "Lille"), ("Kestria", "hasCEO", "Marc Janin")},
        id="a-participle-after-a-de-complement-describes-the-head-noun",
    ),
    pytest.param(
        "Le groupe Talmor a présenté son plan. Le projet, dirigé par Claire Aubry, vise 2030. "
        "L'équipe de Kestria, dirigée par Hugo Lemaire, a gagné.",
        {("Talmor", "hasCEO", "Claire Aubry"), ("Kestria", "hasCEO", "Hugo Lemaire")},
        id="who-leads-a-project-or-a-team-does-not-run-the-company",
    ),
    pytest.param(
        "Le projet Helios, dirigé par Claire Aubry, vise 2030. Le programme Artemis, piloté par "
        "Hugo Lemaire, a pris du retard.",
        {("Helios", "hasCEO", "Claire Aubry"), ("Artemis", "hasCEO", "Hugo Lemaire")},
        id="a-named-project-or-programme-has-no-ceo",
    ),
    pytest.param(
        "Kestria, installée à Lille, et Ondal, basée à Nantes, ont fusionné.",
        {("Kestria", "locatedIn", "Nantes"), ("Ondal", "locatedIn", "Lille")},
        id="a-participle-after-the-second-name-of-a-pair-is-its-own",
    ),
    pytest.param(
        "Kestria, rachetée par Talmor, installée à Lyon, recrute.",
        {("Talmor", "locatedIn", "Lyon")},
        id="a-second-participle-describes-the-first-name-not-the-agent-of-the-first",
    ),
    pytest.param(
        "Kestria a racheté à Talmor son client historique Ondal. Le fournisseur historique de "
        "Talmor, basé à Lyon, a changé de mains.",
        {("Talmor", "locatedIn", "Lyon")},
        id="a-participle-that-agrees-with-the-noun-before-de-through-an-adjective",
    ),
    pytest.param(
        "La société Kestria a lancé un fonds. Le fonds, dirigé par Paul Morin, investira dans "
        "des start-up.",
        {("Kestria", "hasCEO", "Paul Morin")},
        id="the-fund-a-company-launched-is-not-the-company",
    ),
    pytest.param(
        "La start-up Ondivia, rachetée en 2020 par Marc Delorme, vise l'Europe.",
        {("Ondivia", "hasCEO", "Marc Delorme"), ("Ondivia", "foundedBy", "Marc Delorme")},
        id="the-buyer-is-no-ceo",
    ),
    pytest.param(
        "Les groupes Telmar et Ospa fusionnent. La nouvelle entité sera installée à Strasbourg "
        "et dirigée par Marc Dubreuil.",
        {("Telmar", "locatedIn", "Strasbourg"), ("Telmar", "hasCEO", "Marc Dubreuil"),
         ("Ospa", "locatedIn", "Strasbourg"), ("Ospa", "hasCEO", "Marc Dubreuil")},
        id="the-new-entity-is-neither-party-to-the-merger",
    ),
    pytest.param(
        "Le groupe Telmar a annoncé une coentreprise avec Ospa. La coentreprise, basée à Lyon, "
        "emploiera 200 personnes.",
        {("Telmar", "locatedIn", "Lyon"), ("Ospa", "locatedIn", "Lyon")},
        id="an-unnamed-joint-venture-is-neither-parent",
    ),
    pytest.param(
        "Brévia, présidée par Grégoire Morel, petit-fils du fondateur, a publié ses comptes.",
        {("Brévia", "hasCEO", "Grégoire Morel")},
        id="a-chairman-is-not-said-to-run-the-company",
    ),
    pytest.param(
        "Le groupe Talmor a recruté Paul Dumas, basé à Lyon, comme directeur commercial.",
        {("Talmor", "locatedIn", "Lyon")},
        id="where-a-recruit-is-based-is-not-where-the-company-is",
    ),
    # products: who makes them, not who buys, sells, runs a fund or is named nearby
    pytest.param(
        "Le groupe Talmor a racheté la société Kestrel et son logiciel phare, Orkos.",
        {("Talmor", "develops", "Orkos")},
        id="the-buyer-does-not-make-the-bought-company's-product",
    ),
    pytest.param(
        "Le groupe Norvia a annoncé le rachat de la société Guénolé, connue pour ses galettes "
        "Pointe-du-Roc, pour 150 millions d'euros.",
        {("Norvia", "develops", "Pointe-du-Roc")},
        id="connue-pour-ses-Z-is-the-qualified-name's",
    ),
    pytest.param(
        "La start-up Kelvio a levé 10 millions d'euros auprès du fonds Kastel et de ses "
        "investisseurs historiques Brivane et Ostra.",
        {("Brivane", "investsIn", "Kastel"), ("Ostra", "investsIn", "Kastel")},
        id="a-possessive-after-et-de-is-the-subject's",
    ),
    pytest.param(
        "Le casque Sonix, distribué en Europe par Multidis, a été conçu par la start-up Audira.",
        {("Multidis", "develops", "Sonix")},
        id="a-distributor-does-not-make-the-product",
    ),
    pytest.param(
        "Créée en 2019 par le groupe Talmor, la start-up Kelvio emploie 40 personnes.",
        {("Talmor", "develops", "Kelvio")},
        id="a-company-created-by-another-is-founded-not-developed",
    ),
    pytest.param(
        "La start-up Kelvio, lancée en 2019 par le groupe Talmor, emploie 40 personnes.",
        {("Talmor", "develops", "Kelvio")},
        id="a-company-launched-by-another-is-no-product",
    ),
    pytest.param(
        "Le fonds Aldane, géré par la société de gestion Corvel, a investi dans la start-up "
        "Tessan.",
        {("Corvel", "develops", "Aldane")},
        id="a-fund-managed-by-a-company-is-no-product",
    ),
    pytest.param(
        "Pour gérer ses salaires, la banque Valmont a déployé son nouveau logiciel de paie, "
        "Payzo, conçu par la société Paytrix.",
        {("Valmont", "develops", "Payzo")},
        id="a-possessive-user-yields-to-the-named-maker",
    ),
    pytest.param(
        "Le distributeur Maxima vend ses produits sous la marque Verdelice de la coopérative "
        "Agrinor.",
        {("Maxima", "develops", "Verdelice")},
        id="a-seller-of-another's-brand-does-not-make-it",
    ),
    pytest.param(
        "Le fourgon Vanto, proposé par le distributeur Autoplus, est équipé d'une batterie du "
        "fabricant Voltia.",
        {("Voltia", "develops", "Vanto"), ("Autoplus", "develops", "Vanto")},
        id="a-component's-maker-or-a-seller-does-not-make-the-vehicle",
    ),
    pytest.param(
        "La société Ondivia, que Marc Delorme a quittée en 2012 avec Paul Ferrand, emploie "
        "quarante salariés.",
        {("Ondivia", "foundedBy", "Marc Delorme"), ("Ondivia", "foundedBy", "Paul Ferrand")},
        id="leaving-a-company-together-is-no-founding",
    ),
    pytest.param(
        "Le fabricant Kestria, que le groupe Talmor a racheté en 2019 avec le fonds Kastel, "
        "emploie quarante salariés.",
        {("Kestria", "foundedBy", "Talmor"), ("Kestria", "foundedBy", "Kastel")},
        id="a-company-bought-together-is-not-founded",
    ),
    pytest.param(
        "Le fonds Kastel, géré par Anne Ribot depuis 2015, a investi dans la start-up Ondivia.",
        {("Kastel", "hasCEO", "Anne Ribot")},
        id="a-fund's-manager-does-not-run-it",
    ),
    pytest.param(
        "Le groupe Talmor, dont la trésorerie est gérée par Anne Ribot, a investi dans Ondivia.",
        {("Talmor", "hasCEO", "Anne Ribot")},
        id="the-manager-of-a-company's-cash-does-not-run-it",
    ),
    pytest.param(
        "Le ministère des Armées a passé commande de quarante camions auprès de Tarvane et de "
        "Delmotor. L'industriel, installé à Bourges, devra livrer d'ici 2026.",
        {("Tarvane", "locatedIn", "Bourges"), ("Delmotor", "locatedIn", "Bourges"),
         ("ministère des Armées", "locatedIn", "Bourges")},
        id="a-description-fitting-two-companies-takes-none",
    ),
    pytest.param(
        "Le consortium Brevalia a perdu l'appel d'offres. L'industriel, installé à Nancy, "
        "envisage un recours.",
        {("Brevalia", "locatedIn", "Nancy")},
        id="an-industrial-is-not-a-consortium",
    ),
    pytest.param(
        "Le ministère de l'Économie a salué mercredi l'accord conclu entre les chimistes "
        "Solvane et Arkéos. L'industriel, installé à Lyon, reprendra 300 salariés.",
        {("Solvane", "locatedIn", "Lyon"), ("Arkéos", "locatedIn", "Lyon"),
         ("ministère de l'Économie", "locatedIn", "Lyon")},
        id="an-industrial-after-a-ministry-and-two-chemists-is-none",
    ),
    pytest.param(
        "Le groupe Kastel a finalisé lundi le rachat de la filiale espagnole Ostra pour 40 "
        "millions d'euros.",
        {("Ostra", "subsidiaryOf", "Kastel")},
        id="a-subsidiary-bought-is-not-the-buyer's",
    ),
    pytest.param(
        "Le groupe Kastel a présenté ses résultats. Le fonds Kerlan a racheté la filiale "
        "Ostra pour 40 millions d'euros.",
        {("Ostra", "subsidiaryOf", "Kastel"), ("Ostra", "subsidiaryOf", "Kerlan")},
        id="a-subsidiary-another-company-acts-on-is-not-the-topic's",
    ),
    pytest.param(
        "Le groupe Kastel a présenté ses résultats. La filiale Ostra du groupe Talmor a "
        "annoncé un plan social.",
        {("Ostra", "subsidiaryOf", "Kastel"), ("Ostra du groupe Talmor", "subsidiaryOf", "Kastel")},
        id="a-subsidiary-with-its-owner-named-is-not-the-topic's",
    ),
    pytest.param(
        "Le groupe Kastel a annoncé mardi son intention de céder la filiale Ostra au fonds "
        "Kerlan.",
        {("Ostra", "subsidiaryOf", "Kerlan")},
        id="a-subsidiary-sold-is-not-the-buyer's",
    ),
    pytest.param(
        "Le fonds Kerlan Capital a bouclé une levée de 500 millions d'euros. Les filiales "
        "Ondivia et Vexa, spécialisées dans le bois, ont recruté 40 personnes.",
        {("Ondivia", "subsidiaryOf", "Kerlan Capital"), ("Vexa", "subsidiaryOf", "Kerlan Capital")},
        id="subsidiaries-with-no-owner-named-are-not-a-fund's",
    ),
    pytest.param(
        "Le groupe Talmor a racheté Kestra en 2019. Les filiales de Kestra, Ondivia et Vexa, "
        "restent autonomes.",
        {("Ondivia", "subsidiaryOf", "Talmor"), ("Vexa", "subsidiaryOf", "Talmor")},
        id="subsidiaries-of-a-named-owner-are-not-the-topic's",
    ),
    pytest.param(
        "Pour ses batteries, Movéa s'approvisionne auprès du coréen Hanil Cell, qui équipe "
        "également le Kubo de son concurrent Utiva.",
        {("Hanil Cell", "competitorOf", "Utiva"), ("Utiva", "competitorOf", "Hanil Cell")},
        id="son-concurrent-in-a-relative-on-a-complement-is-not-the-antecedent's",
    ),
    pytest.param(
        "Selon le cabinet Xerfi, le marché des pompes à chaleur a progressé de 12 % en 2024. "
        "Le fabricant, installé à Lyon, prévoit d'embaucher 200 personnes.",
        {("Xerfi", "locatedIn", "Lyon")},
        id="a-description-does-not-take-up-the-source-cited",
    ),
    pytest.param(
        "D'après le cabinet Xerfi, le marché a reculé. L'industriel, installé à Nantes, va "
        "fermer une usine.",
        {("Xerfi", "locatedIn", "Nantes")},
        id="a-description-does-not-take-up-the-source-after-d'apres",
    ),
    pytest.param(
        "Le portefeuille de marques du groupe Cybrane comprend notamment Hérault et Casanor.",
        {("Cybrane", "hasClient", "Hérault"), ("Cybrane", "hasClient", "Casanor")},
        id="a-portfolio-of-brands-is-no-client-list",
    ),
    pytest.param(
        "Plusieurs start-up font partie du portefeuille du fonds Kastel Capital, comme Ondivia.",
        {("Kastel Capital", "hasClient", "Ondivia")},
        id="a-fund's-portfolio-holds-stakes-not-clients",
    ),
    pytest.param(
        "Ferrovia a remporté l'an dernier le marché des trains régionaux face à Kestrel.",
        {("Ferrovia", "hasClient", "Kestrel"), ("Ferrovia", "contractWith", "Kestrel")},
        id="a-rival-beaten-for-a-tender-is-no-awarder",
    ),
    pytest.param(
        "Kestrel, filiale du groupe Ferrovia, qui a remporté en mars le marché de Tavernel, "
        "recrute.",
        {("Ferrovia", "hasClient", "Tavernel"), ("Ferrovia", "contractWith", "Tavernel")},
        id="a-relative-after-a-de-complement-is-not-the-complement's",
    ),
    pytest.param(
        "Tavernel a commandé l'an dernier des études de marché pour le compte de Ferrovia.",
        {("Ferrovia", "hasClient", "Tavernel")},
        id="ordering-on-behalf-of-is-no-supplier",
    ),
    pytest.param(
        "Les rames commandées par Tavernel seront livrées à la compagnie Skyrail en 2027.",
        {("Skyrail", "hasClient", "Tavernel")},
        id="a-delivery-recipient-is-no-supplier",
    ),
    pytest.param(
        "Kestrel a obtenu en début d'année des commandes de moteurs Turbonef pour ses drones.",
        {("Kestrel", "hasClient", "Turbonef")},
        id="a-product-ordered-is-no-client",
    ),
    pytest.param(
        "La SNCF a retenu la candidature de la société Volmar pour accueillir son salon annuel.",
        {("Volmar", "hasClient", "SNCF"), ("SNCF", "contractWith", "Volmar")},
        id="chosen-to-host-is-no-supply",
    ),
    pytest.param(
        "Le transporteur Kerlog a équipé ses camions des boîtiers télématiques de Capvera.",
        {("Kerlog", "hasClient", "Capvera")},
        id="the-maker-of-what-equips-one's-own-sites-is-no-client",
    ),
    pytest.param(
        "Kestrel, filiale de Ferrovia, qui équipe ses usines des robots de Logimeca, recrute.",
        {("Logimeca", "hasClient", "Ferrovia"), ("Kestrel", "hasClient", "Logimeca")},
        id="equipping-one's-own-plants-after-a-de-complement",
    ),
    pytest.param(
        "Le relais passé par Tavernel à Ferrovia a été salué par les analystes.",
        {("Ferrovia", "hasClient", "Tavernel")},
        id="passing-something-that-is-no-order-names-no-supplier",
    ),
    pytest.param(
        "Le rapport remis par Tavernel au cabinet Orvalis sera publié lundi.",
        {("Orvalis", "hasClient", "Tavernel")},
        id="a-report-handed-over-is-no-order",
    ),
    pytest.param(
        "Le groupe Valmeris a choisi la société Climanor comme partenaire pour ses hôtels.",
        {("Climanor", "hasClient", "Valmeris")},
        id="chosen-as-a-partner-is-no-supplier",
    ),
    pytest.param(
        "Ferrovia gagne du terrain sur le marché de Tavernel, selon les analystes.",
        {("Ferrovia", "hasClient", "Tavernel"), ("Ferrovia", "contractWith", "Tavernel")},
        id="gaining-ground-on-a-market-is-no-tender",
    ),
    pytest.param(
        "La filiale Kestrel du groupe Talmor équipe les usines du groupe Ferval.",
        {("Talmor", "hasClient", "Ferval")},
        id="a-group's-unit-that-equips-is-not-its-product",
    ),
    pytest.param(
        "La filiale de Talmor compte la banque Valmont parmi ses clients depuis 2019.",
        {("Talmor", "hasClient", "Valmont")},
        id="a-unit's-count-of-clients-is-not-its-parent's",
    ),
    pytest.param(
        "Le fonds Kastel de la banque Valmont détient les usines du groupe Ferval.",
        {("Valmont", "investsIn", "Ferval"), ("Valmont", "hasClient", "Ferval")},
        id="holding-plants-is-no-supply-slot",
    ),
    pytest.param(
        "Le groupe Talmor a lancé le logiciel Orkos, concurrent direct de Vexa, le progiciel du "
        "groupe Brenval.",
        {("Talmor", "competitorOf", "Vexa"), ("Vexa", "competitorOf", "Talmor"),
         ("Talmor", "competitorOf", "Brenval"), ("Brenval", "competitorOf", "Talmor")},
        id="a-product's-rival-is-not-its-maker's",
    ),
    pytest.param(
        "Le groupe Ferlane travaillera avec les partenaires habituels de Brenval, le câblier "
        "Norvik et l'italien Sorelia.",
        {("Ferlane", "partnersWith", "Norvik"), ("Norvik", "partnersWith", "Ferlane"),
         ("Ferlane", "partnersWith", "Sorelia"), ("Sorelia", "partnersWith", "Ferlane")},
        id="another-company's-partners-are-not-the-subject's",
    ),
    pytest.param(
        "Le groupe Varlon, propriétaire d'un immeuble rue Lafayette, a publié ses ventes.",
        {("Lafayette", "subsidiaryOf", "Varlon"), ("Varlon", "develops", "Lafayette")},
        id="premises-owned-are-no-company-nor-product",
    ),
    pytest.param(
        "Le groupe Varlon a publié ses ventes. Le propriétaire de Ferlane et d'Ostrea prévoit de "
        "maintenir l'emploi.",
        {("Varlon", "develops", "Ferlane"), ("Varlon", "develops", "Ostrea")},
        id="an-owner's-companies-are-not-its-products",
    ),
    pytest.param(
        "Le fonds Pelion a racheté les 35 % que Kastel a vendus en mars dans Ferlane.",
        {("Kastel", "investsIn", "Ferlane")},
        id="a-stake-sold-is-no-longer-held",
    ),
    pytest.param(
        "Le fonds Pelion a cédé la part de 35 % détenue par sa filiale Orvane dans Ferlane.",
        {("Orvane", "investsIn", "Ferlane")},
        id="a-stake-held-and-sold-is-no-longer-held",
    ),
    pytest.param(
        "Le groupe Talmor a renforcé sa position dans Ferlane, dont il reste l'unique "
        "actionnaire.",
        {("Talmor", "acquired", "Ferlane")},
        id="remaining-the-sole-owner-is-no-purchase",
    ),
    pytest.param(
        "Paul Marchal a créé la société Ostral avec le soutien de la banque Valmont.",
        {("Ostral", "foundedBy", "Valmont")},
        id="founded-with-the-support-of-a-bank-is-no-co-founder",
    ),
    pytest.param(
        "La fintech Ferlane a levé 30 millions d'euros. La société fondée par Paul Marchal "
        "développe Kestria, un cabinet de conseil.",
        {("Ferlane", "develops", "Kestria"), ("Paul Marchal", "develops", "Kestria")},
        id="a-company-developed-is-no-product",
    ),
    pytest.param(
        "Les concurrents de la société Trakline équipent déjà les camions du transporteur "
        "Vallaud.",
        {("Trakline", "hasClient", "Vallaud")},
        id="a-maker's-rivals-equipping-is-no-supply-of-the-maker",
    ),
    pytest.param(
        "La Métropole de Rouvray a lancé un appel d'offres pour l'entretien de ses parcs, "
        "auquel Netrix et Ovalia sont candidats.",
        {("Netrix", "hasClient", "Métropole de Rouvray"),
         ("Métropole de Rouvray", "contractWith", "Netrix")},
        id="a-tender-only-launched-has-no-winner",
    ),
    pytest.param(
        "La Métropole de Rouvray a lancé un appel d'offres pour ses parcs. Le consortium "
        "Brabanta, candidat malheureux en 2021, retente sa chance.",
        {("Brabanta", "contractWith", "Métropole de Rouvray")},
        id="a-losing-bidder-with-no-contract-awarded-before-names-no-awarder",
    ),
    pytest.param(
        "Le groupe Ferval fabrique des rames. Les rames commandées par la régie Transalpe à la "
        "filiale de Ferval ont été livrées.",
        {("Ferval", "hasClient", "Transalpe")},
        id="an-order-to-a-unit-of-a-company-is-not-the-company's",
    ),
    pytest.param(
        "Après Brelmont, c'est au tour de Eldor de signer un accord de partenariat avec Fintex.",
        {("Brelmont", "contractWith", "Fintex"), ("Eldor", "contractWith", "Fintex")},
        id="a-partnership-signed-in-turn-is-no-contract",
    ),
    pytest.param(
        "Après Brelmont et Castorix, c'est au tour de Eldor de rejoindre le capital de Fintex.",
        {("Brelmont", "contractWith", "Fintex"), ("Castorix", "contractWith", "Fintex")},
        id="a-turn-to-invest-is-no-contract",
    ),
    pytest.param(
        "Le groupe Netrix a remporté l'appel d'offres de la Régie des transports de Dorval. Le "
        "fonds Kastel, candidat malheureux au rachat de Brivane, se retire.",
        {("Kastel", "contractWith", "Régie des transports de Dorval")},
        id="a-losing-bidder-for-a-deal-is-no-losing-bidder-of-the-tender",
    ),
    pytest.param(
        "Le drone Vexo 3 a été présenté mardi au salon. L'appareil a été conçu à Toulouse. Le "
        "ministère des Armées en a commandé vingt au groupe Aérovan.",
        {("Vexo 3", "hasClient", "ministère des Armées")},
        id="an-order-of-a-product-whose-maker-is-unnamed-goes-to-no-product",
    ),
    pytest.param(
        "La société Datavia équipe son usine de Lyon de robots de soudage fournis par Robotek.",
        {("Datavia", "hasClient", "Lyon"), ("Datavia", "hasClient", "Robotek")},
        id="equipping-one's-own-plant-serves-no-client",
    ),
    pytest.param(
        "Les boîtiers de Trakline, dont les puces viennent du fondeur Semilux, équipent les "
        "camions de Vallaud.",
        {("Semilux", "hasClient", "Vallaud")},
        id="a-supplier's-supplier-does-not-serve-the-client",
    ),
    pytest.param(
        "Pour racheter Kestrel, le groupe Talmor a levé 200 millions d'euros auprès du fonds "
        "Pelion.",
        {("Pelion", "investsIn", "Kestrel")},
        id="the-subject-after-a-fronted-infinitive-is-no-apposition",
    ),
    pytest.param(
        "Le groupe Castelmont étudierait le dossier avec attention, selon son président.",
        {("Castelmont", "acquired", "Castelmont")},
        id="a-dossier-with-no-sale-before-is-no-candidacy",
    ),
    pytest.param(
        "Le groupe Talvène a mis en vente sa filiale Ferloc. La banque d'affaires Morlaix "
        "Partners, chargée de la vente, étudie le dossier.",
        {("Morlaix Partners", "acquired", "Ferloc"), ("Morlaix Partners", "investsIn", "Ferloc")},
        id="the-bank-in-charge-of-a-sale-is-no-candidate",
    ),
    pytest.param(
        "Le fonds Valmor, propriétaire du fabricant Ostéa, a mandaté la banque Lafitte pour lui "
        "trouver un acquéreur. La société Vernel serait sur les rangs.",
        {("Vernel", "acquired", "Lafitte"), ("Vernel", "acquired", "Valmor")},
        id="the-mandated-bank-and-the-owner-are-not-for-sale",
    ),
    pytest.param(
        "Le groupe Talvène a mis en vente sa filiale Ferloc. L'Autorité de la concurrence "
        "examinera le dossier.",
        {("Autorité de la concurrence", "acquired", "Ferloc")},
        id="an-authority-examining-a-sale-is-no-candidate",
    ),
    pytest.param(
        "Le groupe Talvène a mis en vente sa filiale Ferloc. Paul Mercier serait candidat à la "
        "présidence du groupe, tout comme Marie Dulac.",
        {("Paul Mercier", "acquired", "Ferloc"), ("Marie Dulac", "acquired", "Ferloc")},
        id="a-candidate-for-a-post-is-no-buyer",
    ),
    pytest.param(
        "Le groupe Talvène a mis en vente sa filiale Ferloc. Le groupe Sarlat étudie le dossier "
        "de la réforme fiscale.",
        {("Sarlat", "acquired", "Ferloc")},
        id="a-dossier-about-something-else-is-no-candidacy",
    ),
    pytest.param(
        "Le groupe Talvène cède sa filiale Ferloc au groupe Sarlat. Le cabinet Orsay Avocats a "
        "conseillé le vendeur. Le fonds Kerdan Partners reste sur les rangs pour d'autres "
        "acquisitions dans la logistique.",
        {("Kerdan Partners", "acquired", "Ferloc"), ("Talvène", "acquired", "Ferloc")},
        id="a-candidate-for-other-deals-and-the-seller-buy-nothing",
    ),
    pytest.param(
        "Orvanne, que Talvène a présentée à Mercadier en 2019, recrute. Ferloc, que Talvène "
        "avait revendue en 2010 au groupe Sarlat, a fermé.",
        {("Mercadier", "acquired", "Orvanne"), ("Talvène", "acquired", "Ferloc")},
        id="a-relative-that-presents-sells-nothing-and-the-seller-buys-nothing",
    ),
    pytest.param(
        "Le groupe Kastel vend des pièces de Ferlane à Pelion.",
        {("Pelion", "investsIn", "Ferlane"), ("Pelion", "acquired", "Ferlane")},
        id="selling-parts-of-a-product-is-no-stake",
    ),
    pytest.param(
        "Le groupe Sarlat serait intéressé par la technologie Orvix de la start-up Orvanne. Le "
        "groupe Kastel est intéressé par les produits de la société Ferlane.",
        {("Sarlat", "acquired", "Orvix"), ("Sarlat", "acquired", "Orvanne"),
         ("Kastel", "acquired", "Ferlane")},
        id="an-interest-in-a-technology-or-products-is-no-candidacy",
    ),
    pytest.param(
        "Les ventes de la société Ferlane ont progressé de 5 % au premier semestre. Le groupe "
        "Sarlat étudierait le dossier.",
        {("Sarlat", "acquired", "Ferlane")},
        id="a-company-s-sales-are-not-its-sale",
    ),
    pytest.param(
        "Le groupe Talvène veut se séparer de son directeur financier Paul Mercier. Le groupe "
        "Sarlat serait sur les rangs.",
        {("Sarlat", "acquired", "Talvène"), ("Sarlat", "acquired", "Paul Mercier")},
        id="parting-with-a-person-is-no-sale",
    ),
    pytest.param(
        "Le groupe Talvène a mis en vente sa filiale Ferloc. La banque Lafitte porte le dossier, "
        "et le cabinet Orsay fait le dossier pour le vendeur.",
        {("Lafitte", "acquired", "Ferloc"), ("Orsay", "acquired", "Ferloc")},
        id="who-carries-a-sale-is-no-candidate",
    ),
    pytest.param(
        "Parmi ses principaux clients figurent la banque Crédit Forézien et le distributeur "
        "Maxima.",
        {("Crédit Forézien", "hasClient", "Maxima"), ("Maxima", "hasClient", "Crédit Forézien")},
        id="a-possessive-is-none-of-the-names-it-lists",
    ),
    pytest.param(
        "Les équipes de Stellauto et d'Ampera Energy travailleront ensemble après la fusion.",
        {("Stellauto", "partnersWith", "Ampera Energy"), ("Ampera Energy", "partnersWith",
                                                        "Stellauto")},
        id="teams-working-together-are-no-partnership",
    ),
    pytest.param(
        "Stellauto et Ampera Energy ne vont pas construire ensemble cette usine.",
        {("Stellauto", "partnersWith", "Ampera Energy"), ("Ampera Energy", "partnersWith",
                                                        "Stellauto")},
        id="a-joint-plant-denied-is-no-partnership",
    ),
    pytest.param(
        "Le constructeur Stellauto a choisi le chinois Ampera Energy pour fournir les batteries "
        "de sa future citadine électrique, la Volta.",
        {("Ampera Energy", "develops", "Volta")},
        id="a-possessive-in-a-purpose-infinitive-is-the-main-subject-s",
    ),
    pytest.param(
        "Le groupe Talmor a signé un accord avec le fonds Kastel pour lui vendre sa filiale "
        "Vexa.",
        {("Talmor", "contractWith", "Kastel"), ("Kastel", "contractWith", "Talmor")},
        id="an-agreement-to-sell-a-company-is-no-supply-contract",
    ),
    pytest.param(
        "Le constructeur Stellauto n'a pas signé d'accord avec Ampera Energy pour fabriquer ses "
        "batteries.",
        {("Stellauto", "contractWith", "Ampera Energy"), ("Ampera Energy", "contractWith",
                                                          "Stellauto")},
        id="an-agreement-not-signed-is-no-contract",
    ),
    pytest.param(
        "Kyutai Labs, cofondé en 2023 par l'entrepreneur Xavier Niel et l'ancien chercheur de "
        "Meta Patrick Pérez, développe Moshi.",
        {("Kyutai Labs", "foundedBy", "Meta")},
        id="the-employer-of-a-founder-s-title-is-no-founder",
    ),
    pytest.param(
        "Le fabricant de puces Nvidia a pris une participation minoritaire dans Kyutai Labs, lors "
        "d'un tour de table de 200 millions d'euros mené par le fonds Lightspeed.",
        {("Lightspeed", "investsIn", "Nvidia")},
        id="a-round-is-not-the-investor-s",
    ),
    pytest.param(
        "Le fonds Norval reste son premier actionnaire.",
        {("Norval", "investsIn", "Norval")},
        id="a-predicate-possessive-is-not-its-subject",
    ),
    pytest.param(
        "La société Protéa et le groupe Maxima figurent parmi ses clients.",
        {("Protéa", "hasClient", "Maxima"), ("Maxima", "hasClient", "Protéa")},
        id="a-possessive-is-none-of-the-names-before-its-verb",
    ),
]


@pytest.mark.parametrize("text, wrong", WRONG_RELATIONS)
def test_no_wrong_relation(extract_facts, text, wrong):
    produced = {(s, p, o) for s, p, o, _ in extract_facts(text)}
    assert not produced & wrong, produced & wrong


# -- pipeline files: schema errors name the file and the entry ---------------------------------


def _broken(tmp_path: Path, name: str, change) -> Path:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the pure-Python one takes a second
    data = yaml.load((PIPELINES / name).read_text(encoding="utf-8"), Loader=loader)
    change(data)
    path = tmp_path / name
    if name != "entities.yaml":  # the "$Product" of the other files reads the one beside them
        shutil.copy(PIPELINES / "entities.yaml", tmp_path / "entities.yaml")
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True), encoding="utf-8")
    return path


def _set(*keys, value):
    def change(data):
        node = data
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value

    return change


def _add(*keys, key, value):
    def change(data):
        node = data
        for k in keys:
            node = node[k]
        node[key] = value

    return change


SCHEMA_ERRORS = [
    ("relations.yaml", RelationsFile, _add("verbs", 0, key="lemma", value=["x"]),
     r"verbs\[0\] \(acquired.verb\).lemma: Extra inputs"),
    ("relations.yaml", RelationsFile, _set("nouns", 0, "object_types", value=["Compagny"]),
     r"nouns\[0\] \(acquired.noun\).object_types\[0\].*'Compagny' is not a class"),
    ("relations.yaml", RelationsFile, _set("verbs", 1, "relation", value="acquires"),
     r"verbs\[1\] \(acquired.seize\).relation.*'acquires' is not a relation"),
    ("relations.yaml", RelationsFile, _set("verbs", 1, "subject", value=["agnet"]),
     r"'agnet' is not a role"),
    ("entities.yaml", EntitiesFile, _set("descriptors", value={"Startupp": ["x"]}),
     r"descriptors.Startupp"),
    ("cues.yaml", CuesFile, _add("hedge", key="verb", value=["x"]), r"hedge.verb: Extra inputs"),
    ("attributes.yaml", AttributesFile, _add(key="foundedOn", value={}), r"foundedOn"),
    ("values.yaml", ValuesFile, _set("scales", "millions", value="beaucoup"), r"scales.millions"),
    ("tokenizer.yaml", TokenizerFile, _set("special_cases", value="Inc."), r"special_cases"),
]


@pytest.mark.parametrize("name, schema, change, message", SCHEMA_ERRORS)
def test_a_broken_pipeline_file_is_one_clear_error(tmp_path, name, schema, change, message):
    path = _broken(tmp_path, name, change)
    with pytest.raises(ModelError, match=message) as error:
        load_checked(path, schema)
    assert str(path) in str(error.value)


@pytest.mark.parametrize(
    "name, schema",
    [("relations.yaml", RelationsFile), ("entities.yaml", EntitiesFile), ("cues.yaml", CuesFile),
     ("attributes.yaml", AttributesFile), ("values.yaml", ValuesFile),
     ("tokenizer.yaml", TokenizerFile)],
)
def test_shipped_pipeline_files_fit_their_schema(name, schema):
    load_checked(PIPELINES / name, schema)


GRAMMAR_ERRORS = [
    (_set("families", 0, "relations", 0, "relation", value="ownedBy"),
     r"families\[0\] \(parent\).relations\[0\].relation.*'ownedBy' is not a relation"),
    (_set("families", 0, "relations", 0, "subject", value="owner"),
     r"families \(parent\): 'owner' is not an end of noun slots"),
    (_add("slots", 0, key="pattern", value=[]), r"slots\[0\] \(apposed-after\).pattern: Extra"),
    (_set("slots", 0, "patterns", 0, 0, "END", value="holdr"),
     r"slots \(apposed-after\).patterns\[0\]: no 'holder' end"),
    (_set("slots", 0, "patterns", 0, 1, value={"ORTH": ",", "OP": "??"}),
     r"slots \(apposed-after\).patterns\[0\]"),
    (_set("families", 0, "nouns", value=[]), r"families \(parent\): no nouns and no verbs"),
    (_add("families", 0, key="slots", value=["apposed"]),
     r"families \(parent\): no slot 'apposed'"),
    (_set("slots", 0, "patterns", 0, 1, value={"_": {"kg_named": True}, "POS": "NOUN"}),
     r"slots \(apposed-after\).patterns\[0\]: kg_named takes no ENT_TYPE, POS or LOWER"),
    (_add("slots", 0, key="overrides", value=["whos"]),
     r"slots \(apposed-after\).overrides: no slot 'whos'"),
    (_set("families", 0, "nouns", value=["$Prodcut"]),
     r"\$Prodcut: entities.yaml has no descriptors of that class"),
]


# each case reads and checks the whole grammar (about a second): the first in the fast tier
@pytest.mark.parametrize(
    "change, message",
    [
        GRAMMAR_ERRORS[0],
        *(pytest.param(*case, marks=pytest.mark.slow) for case in GRAMMAR_ERRORS[1:]),
    ],
)
def test_a_broken_grammar_is_one_clear_error(builder, tmp_path, change, message):
    path = _broken(tmp_path, "grammar.yaml", change)
    with pytest.raises(ModelError, match=message) as error:
        SlotGrammar(builder.nlp.vocab, path)
    assert str(path) in str(error.value)


def test_token_extensions_match_natively_as_they_read(builder):
    """The Matcher reads kg's extensions natively (`_native`): a `kg_named` end is a name or a
    pronoun standing for one, never a common noun."""
    matcher = Matcher(builder.nlp.vocab)
    matcher.add("bought", _native([{"_": {"kg_named": True}}, {"LEMMA": "racheter"}]))
    for text, bought in (
        ("Elle rachète la société Ondivia.", True),
        ("Celle-ci rachète la société Ondivia.", True),  # tagged PROPN
        ("La société Talmor rachète la société Ondivia.", True),
        ("Le groupe rachète la société Ondivia.", False),
    ):
        assert bool(matcher(builder.nlp(text))) is bought, text


def test_a_noun_added_to_a_family_works_in_every_slot(builder, tmp_path):
    """The grammar is compositional: one new word, every construction."""

    def add_noun(data):
        family = next(f for f in data["families"] if f["id"] == "subsidiary")
        family["nouns"].append("satellite")

    grammar = SlotGrammar(builder.nlp.vocab, _broken(tmp_path, "grammar.yaml", add_noun))
    texts = {
        "apposed-after": "Vendora, satellite du groupe Stramo, recrute.",
        "apposed-before": "Satellite du groupe Stramo, la société Vendora recrute.",
        "predicate": "Vendora est un satellite du groupe Stramo.",
    }
    for slot, text in texts.items():
        doc = builder.nlp(text)
        rules = {m.rule for m in grammar.matches(doc)}
        assert f"subsidiary@{slot}" in rules, (slot, rules)
