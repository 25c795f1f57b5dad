// swift-format-ignore-file
// Generated from Protocols/*.json by ProtocolTests (BERAAD_RECORD=1 swift test). Do not edit.

extension BuiltinProtocols {
    /// Every shipped protocol file, by file name, with its exact text.
    static let files: [(name: String, text: String)] = [
        (name: "afwegingskader.json", text: ####"""
{
  "$schema": "protocol.schema.json",
  "id": "afwegingskader",
  "version": 11,
  "title": {
    "nl": "Afwegingskader sociaal werk",
    "en": "Weighing framework for social work (afwegingskader)"
  },
  "summary": {
    "nl": "Een kaartenset om als sociale professionals samen een praktijksituatie te wegen: wat willen we bereiken (sociale kwaliteit), welke factoren spelen een rol, stuiten we op een moreel dilemma, welke interventies kiezen we, en welke signalen brengen we verder.",
    "en": "A card set for social professionals to weigh a practice situation together: what do we want to achieve (social quality), which factors play a part, do we run into a moral dilemma, which interventions do we choose, and which signals do we pass on."
  },
  "source": {
    "citation": "Kaartenset Afwegingskader (sociaal werk); sociale kwaliteit naar Beck, Van der Maesen en Walker (lectoraten Sociale Kwaliteit, HAN en NHL Stenden).",
    "note": {
      "nl": "De nummering van fase 2 tot en met 4 is afgeleid uit de tekst ('wat we wilden bereiken in fase 1'). Minuten per ronde zijn standaardwaarden van Beraad.",
      "en": "The numbering of phases 2 to 4 is derived from the text ('what we wanted to achieve in phase 1'). Minutes per round are Beraad's defaults."
    }
  },
  "durationMinutes": 90,
  "roles": [
    {
      "id": "gespreksleider",
      "title": {
        "nl": "Gespreksleider",
        "en": "Facilitator"
      },
      "contributes": false,
      "max": 1,
      "facilitator": true
    },
    {
      "id": "inbrenger",
      "title": {
        "nl": "Inbrenger",
        "en": "Case presenter"
      },
      "contributes": true,
      "max": 1,
      "presenter": true
    },
    {
      "id": "deelnemer",
      "title": {
        "nl": "Deelnemer",
        "en": "Participant"
      },
      "contributes": true,
      "default": true
    },
    {
      "id": "notulist",
      "title": {
        "nl": "Notulist",
        "en": "Minute-taker"
      },
      "contributes": false,
      "max": 1,
      "noteTaker": true
    }
  ],
  "minutes": [
    "summary",
    "participants",
    "steps",
    "time",
    "forced",
    "corrections"
  ],
  "rounds": [
    {
      "id": "fase-1-sociale-kwaliteit",
      "minutes": { "agreements": false },
      "title": {
        "nl": "Fase 1 — Wat willen we bereiken?",
        "en": "Phase 1 — What do we want to achieve?"
      },
      "purpose": {
        "nl": "Met de kaarten over sociale kwaliteit benoemen wat we voor de inwoner(s) willen bereiken.",
        "en": "Use the social-quality cards to name what we want to achieve for the resident(s)."
      },
      "prompts": [
        {
          "nl": "Wat willen we bereiken?",
          "en": "What do we want to achieve?"
        },
        {
          "nl": "Hoe speelt… sociaal-economische zekerheid, sociale empowerment en sociale inclusie een rol?",
          "en": "How do… socio-economic security, social empowerment and social inclusion play a part?"
        }
      ],
      "hints": [
        {
          "nl": "Leg eerst de praktijksituatie vast met 'beraad casus'.",
          "en": "First record the practice situation with 'beraad case'."
        },
        {
          "nl": "Kies per kaart een categorie (--categorie) en leg vast wat voor deze situatie telt.",
          "en": "Choose a category per card (--category) and record what counts in this situation."
        },
        {
          "nl": "De theorie van sociale kwaliteit kent ook sociale cohesie (gebaseerd op solidariteit); die staat niet op deze kaarten.",
          "en": "Social-quality theory also has social cohesion (based on solidarity); it is not on these cards."
        }
      ],
      "accepts": [
        "consideration",
        "value",
        "fact",
        "question",
        "case"
      ],
      "categories": [
        {
          "id": "sociaal-economische-zekerheid", "alias": "socio-economic-security",
          "title": {
            "nl": "Sociaal-economische zekerheid",
            "en": "Socio-economic security"
          },
          "prompts": [
            {
              "nl": "Hoe speelt… sociaal-economische zekerheid een rol?",
              "en": "How does… socio-economic security play a part?"
            }
          ],
          "hints": [
            {
              "nl": "Zekerheid in inkomen",
              "en": "Security of income"
            },
            {
              "nl": "Degelijke huisvesting",
              "en": "Decent housing"
            },
            {
              "nl": "Veiligheid in de wijk",
              "en": "Safety in the neighbourhood"
            },
            {
              "nl": "Je gezond voelen",
              "en": "Feeling healthy"
            },
            {
              "nl": "Onderwijs kunnen volgen",
              "en": "Being able to get an education"
            }
          ],
          "basis": {
            "nl": "sociale rechtvaardigheid",
            "en": "social justice"
          }
        },
        {
          "id": "sociale-empowerment", "alias": "social-empowerment",
          "title": {
            "nl": "Sociale empowerment",
            "en": "Social empowerment"
          },
          "prompts": [
            {
              "nl": "Hoe speelt… sociale empowerment een rol?",
              "en": "How does… social empowerment play a part?"
            }
          ],
          "hints": [
            {
              "nl": "Ruimte om zelf beslissingen te nemen",
              "en": "Room to make one's own decisions"
            },
            {
              "nl": "Controle over je leven ervaren",
              "en": "Experiencing control over one's life"
            },
            {
              "nl": "Waarderen en gewaardeerd worden",
              "en": "Valuing and being valued"
            },
            {
              "nl": "Bekrachtigen van talenten en vaardigheden van inwoners",
              "en": "Strengthening residents' talents and skills"
            }
          ],
          "basis": {
            "nl": "menselijke waardigheid",
            "en": "human dignity"
          }
        },
        {
          "id": "sociale-inclusie", "alias": "social-inclusion",
          "title": {
            "nl": "Sociale inclusie",
            "en": "Social inclusion"
          },
          "prompts": [
            {
              "nl": "Hoe speelt… sociale inclusie een rol?",
              "en": "How does… social inclusion play a part?"
            }
          ],
          "hints": [
            {
              "nl": "Aansluiting kunnen vinden bij groepen",
              "en": "Being able to connect with groups"
            },
            {
              "nl": "Niemand wordt buitengesloten",
              "en": "Nobody is shut out"
            },
            {
              "nl": "Begrijpen en begrepen worden",
              "en": "Understanding and being understood"
            },
            {
              "nl": "Belangrijke info in meerdere talen",
              "en": "Important information in several languages"
            },
            {
              "nl": "Toegang tot hulp en voorzieningen",
              "en": "Access to help and services"
            }
          ],
          "basis": {
            "nl": "gelijkwaardigheid",
            "en": "equality"
          }
        }
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "consideration",
          "min": 1,
          "scope": "round"
        }
      ]
    },
    {
      "id": "fase-2-factoren",
      "title": {
        "nl": "Fase 2 — Factoren",
        "en": "Phase 2 — Factors"
      },
      "purpose": {
        "nl": "Welke factoren spelen een belangrijke rol? Omschrijf hoe ze van invloed zijn op deze praktijksituatie.",
        "en": "Which factors play an important part? Describe how they affect this practice situation."
      },
      "prompts": [
        {
          "nl": "Welke factoren spelen een belangrijke rol?",
          "en": "Which factors play an important part?"
        },
        {
          "nl": "Omschrijf hoe ze van invloed zijn op deze praktijksituatie.",
          "en": "Describe how they affect this practice situation."
        }
      ],
      "hints": [],
      "questions": [
        {
          "nl": "Welke expertise hebben we zelf/niet?",
          "en": "Which expertise do we have ourselves/not?"
        },
        {
          "nl": "Binnen welke kaders bewegen we/niet?",
          "en": "Within which frameworks do we move/not?"
        },
        {
          "nl": "Waarop kunnen we invloed uitoefenen/niet?",
          "en": "What can we influence/not?"
        }
      ],
      "accepts": [
        "consideration",
        "fact",
        "question"
      ],
      "categories": [
        {
          "id": "inwoners", "alias": "residents",
          "title": {
            "nl": "De (groep) inwoners",
            "en": "The (group of) residents"
          },
          "prompts": [
            {
              "nl": "Hoe speelt de (groep) inwoner(s)... een rol in onze afweging?",
              "en": "How does the (group of) resident(s)... play a part in our weighing?"
            }
          ],
          "hints": [
            {
              "nl": "Wensen",
              "en": "Wishes"
            },
            {
              "nl": "Behoeften",
              "en": "Needs"
            },
            {
              "nl": "Mogelijkheden",
              "en": "Possibilities"
            }
          ]
        },
        {
          "id": "kennis", "alias": "knowledge",
          "title": {
            "nl": "Kennis",
            "en": "Knowledge"
          },
          "prompts": [
            {
              "nl": "Hoe speelt kennis... een rol in onze afweging?",
              "en": "How does knowledge... play a part in our weighing?"
            }
          ],
          "hints": [
            {
              "nl": "Methodieken, interventies, good practices",
              "en": "Methods, interventions, good practices"
            },
            {
              "nl": "Relevant onderzoek",
              "en": "Relevant research"
            },
            {
              "nl": "Kennis over doelgroep en problematiek",
              "en": "Knowledge of the target group and the problems"
            },
            {
              "nl": "Kennis over vormen van burgerparticipatie",
              "en": "Knowledge of forms of citizen participation"
            },
            {
              "nl": "Kennis van bestuurlijke processen",
              "en": "Knowledge of administrative processes"
            }
          ]
        },
        {
          "id": "professional",
          "title": {
            "nl": "De professional(s)",
            "en": "The professional(s)"
          },
          "prompts": [
            {
              "nl": "Hoe speelt de professional... een rol in onze afweging?",
              "en": "How does the professional... play a part in our weighing?"
            }
          ],
          "hints": [
            {
              "nl": "Expertise",
              "en": "Expertise"
            },
            {
              "nl": "Ervaring",
              "en": "Experience"
            },
            {
              "nl": "Normen en waarden",
              "en": "Norms and values"
            },
            {
              "nl": "Persoonlijke visie",
              "en": "Personal vision"
            }
          ]
        },
        {
          "id": "organisatie", "alias": "organisation",
          "title": {
            "nl": "De organisatie",
            "en": "The organisation"
          },
          "prompts": [
            {
              "nl": "Hoe speelt de organisatie... een rol in onze afweging?",
              "en": "How does the organisation... play a part in our weighing?"
            }
          ],
          "hints": [
            {
              "nl": "Verantwoordelijkheid",
              "en": "Responsibility"
            },
            {
              "nl": "Taakverdeling",
              "en": "Division of tasks"
            },
            {
              "nl": "Budget",
              "en": "Budget"
            },
            {
              "nl": "Cultuur binnen de organisatie",
              "en": "Culture within the organisation"
            },
            {
              "nl": "Samenwerking met partners",
              "en": "Cooperation with partners"
            }
          ]
        },
        {
          "id": "maatschappelijke-opdracht", "alias": "social-mandate",
          "title": {
            "nl": "De maatschappelijke opdracht",
            "en": "The social mandate"
          },
          "prompts": [
            {
              "nl": "Hoe speelt de maatschappelijke opdracht... een rol in onze afweging?",
              "en": "How does the social mandate... play a part in our weighing?"
            }
          ],
          "hints": [
            {
              "nl": "De opdracht vanuit ons beroep (beroepscode)",
              "en": "The mandate of our profession (professional code)"
            },
            {
              "nl": "De maatschappelijke opdracht vanuit de gemeente",
              "en": "The social mandate from the municipality"
            }
          ]
        }
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "consideration",
          "min": 1,
          "scope": "round"
        }
      ]
    },
    {
      "id": "moreel-dilemma",
      "title": {
        "nl": "Moreel dilemma",
        "en": "Moral dilemma"
      },
      "purpose": {
        "nl": "Nagaan of we op een moreel dilemma stuiten: welke normen, waarden en rechten botsen? Zo nodig een moreel beraad beleggen.",
        "en": "Check whether we run into a moral dilemma: which norms, values and rights clash? Convene a moreel beraad if needed."
      },
      "prompts": [],
      "hints": [
        {
          "nl": "Een moreel beraad beleg je met 'beraad beleg'; het wordt een eigen sessie die naar deze verwijst.",
          "en": "Convene a moreel beraad with 'beraad convene'; it becomes a session of its own that refers to this one."
        },
        {
          "nl": "Geen dilemma? Leg dat vast als overweging en ga verder.",
          "en": "No dilemma? Record that as a consideration and move on."
        }
      ],
      "questions": [
        {
          "nl": "Stuiten we op een moreel dilemma?",
          "en": "Do we run into a moral dilemma?"
        },
        {
          "nl": "Welke normen, waarden, rechten botsen?",
          "en": "Which norms, values, rights clash?"
        },
        {
          "nl": "Beleg zo nodig een moreel beraad.",
          "en": "Convene a moreel beraad if needed."
        }
      ],
      "accepts": [
        "value",
        "norm",
        "right",
        "consideration",
        "dilemma"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "skippable": true,
      "requirements": [],
      "convenes": true
    },
    {
      "id": "fase-3-interventies",
      "title": {
        "nl": "Fase 3 — Interventies",
        "en": "Phase 3 — Interventions"
      },
      "purpose": {
        "nl": "Inventariseer welke interventies passen bij wat we willen bereiken en onze overwegingen. Maak een keuze.",
        "en": "List which interventions fit what we want to achieve and our considerations. Make a choice."
      },
      "prompts": [
        {
          "nl": "Welke interventies zijn mogelijk op de verschillende niveaus?",
          "en": "Which interventions are possible at the different levels?"
        },
        {
          "nl": "Inventariseer welke interventies passen bij wat we willen bereiken en onze overwegingen. Maak een keuze.",
          "en": "List which interventions fit what we want to achieve and our considerations. Make a choice."
        }
      ],
      "hints": [
        {
          "nl": "Leg mogelijke interventies vast als alternatief met hun niveau (--niveau) en de kaart uit fase 1 die ze dienen (--dient); de keuze als besluit ('beraad besluit --optie').",
          "en": "Record possible interventions as alternatives with their level (--level) and the card of phase 1 they serve (--serves); the choice as a decision ('beraad decide --option')."
        }
      ],
      "questions": [
        {
          "nl": "Wat heb ik nodig?",
          "en": "What do I need?"
        },
        {
          "nl": "Wie heb ik nodig?",
          "en": "Whom do I need?"
        },
        {
          "nl": "Waar start ik mee?",
          "en": "Where do I start?"
        },
        {
          "nl": "Bereiken we met de interventie(s) wat we wilden bereiken in fase 1?",
          "en": "Do the intervention(s) achieve what we wanted to achieve in phase 1?"
        }
      ],
      "accepts": [
        "alternative",
        "consideration",
        "decision",
        "action"
      ],
      "categories": [
        {
          "id": "individu", "alias": "individual",
          "title": {
            "nl": "Niveau van de individuele inwoner, huishouden of gezin",
            "en": "Level of the individual resident, household or family"
          },
          "prompts": [
            {
              "nl": "Welke interventies zijn mogelijk op het niveau van de individuele inwoner, huishouden of gezin?",
              "en": "Which interventions are possible.. At the level of the individual resident, household or family?"
            }
          ],
          "hints": [
            {
              "nl": "Helpen met het aanvragen van een uitkering",
              "en": "Helping to apply for a benefit"
            },
            {
              "nl": "Psychosociale hulpverlening",
              "en": "Psychosocial support"
            },
            {
              "nl": "Toeleiden naar voorzieningen in de wijk",
              "en": "Guiding people to services in the neighbourhood"
            },
            {
              "nl": "Sociaal netwerk helpen opbouwen",
              "en": "Helping to build a social network"
            }
          ]
        },
        {
          "id": "groep", "alias": "group",
          "title": {
            "nl": "Niveau van de groep, buurt, wijk en/of gemeenschap?",
            "en": "Level of the group, street, neighbourhood and/or community?"
          },
          "prompts": [
            {
              "nl": "Welke interventies zijn mogelijk op het niveau van de groep, buurt, wijk en/of gemeenschap?",
              "en": "Which interventions are possible.. At the level of the group, street, neighbourhood and/or community?"
            }
          ],
          "hints": [
            {
              "nl": "Samen met jongeren werken aan het realiseren van een skatebaan",
              "en": "Working with young people to get a skate park built"
            },
            {
              "nl": "Een informatieavond met buurtbewoners organiseren over psychosociale problematiek",
              "en": "Organising an information evening with local residents about psychosocial problems"
            },
            {
              "nl": "Ontmoetingsmogelijkheden bieden",
              "en": "Offering opportunities to meet"
            },
            {
              "nl": "Het wijkplatform ondersteunen",
              "en": "Supporting the neighbourhood platform"
            }
          ]
        },
        {
          "id": "organisatie-beleid", "alias": "organisation-policy",
          "title": {
            "nl": "Niveau van organisatie, beleid en/of samenleving",
            "en": "Level of organisation, policy and/or society"
          },
          "prompts": [
            {
              "nl": "Welke interventies zijn mogelijk op het niveau van organisatie, beleid en/of samenleving?",
              "en": "Which interventions are possible.. At the level of organisation, policy and/or society?"
            }
          ],
          "hints": [
            {
              "nl": "Een gesprek aangaan met de ambtenaar sociale dienst",
              "en": "Starting a conversation with the social services officer"
            },
            {
              "nl": "Samen met inwoners de wethouder uitnodigen bij een buurtactiviteit",
              "en": "Inviting the alderman to a neighbourhood activity together with residents"
            },
            {
              "nl": "Input leveren voor visieontwikkeling",
              "en": "Contributing to the development of a vision"
            }
          ]
        }
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "alternative",
          "min": 1,
          "scope": "round"
        },
        {
          "type": "decision"
        }
      ],
      "recalls": [
        "fase-1-sociale-kwaliteit"
      ]
    },
    {
      "id": "signaleren",
      "title": {
        "nl": "Signaleren",
        "en": "Signalling"
      },
      "purpose": {
        "nl": "Nagaan of dit vaker voorkomt en hoe we de signalen verder brengen, voorbij deze ene situatie.",
        "en": "Check whether this happens more often and how we pass the signals on, beyond this one situation."
      },
      "prompts": [],
      "hints": [
        {
          "nl": "Signaleren: opmerken, verzamelen, bundelen, analyseren, melden, besluiten, handelen, terugkoppelen.",
          "en": "Signalling: spot, collect, bundle, analyse, report, decide, act, feed back."
        },
        {
          "nl": "Een signaal op individueel, groeps- of beleidsniveau (--niveau).",
          "en": "A signal at individual, group or policy level (--level)."
        }
      ],
      "questions": [
        {
          "nl": "Signaleren collega's vergelijkbare gevallen?",
          "en": "Do colleagues see similar cases?"
        },
        {
          "nl": "Hoe brengen we deze signalen verder?",
          "en": "How do we pass these signals on?"
        }
      ],
      "accepts": [
        "signal",
        "action",
        "consideration"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": []
    }
  ]
}
"""####),
        (name: "cura.json", text: ####"""
{
  "$schema": "protocol.schema.json",
  "id": "cura",
  "version": 7,
  "title": {
    "nl": "CURA",
    "en": "CURA"
  },
  "summary": {
    "nl": "Korte morele reflectie voor zorgverleners, alleen of in een kleine groep, in 25 à 45 minuten: Concentreren, Uitstellen, Reflecteren, Actie ondernemen. Het doel is ook morele veerkracht: wat heeft de zorgverlener zelf nodig?",
    "en": "Short moral reflection for care workers, alone or in a small group, in 25 to 45 minutes: Concentrate, Unrush, Reflect, Act. It also aims at moral resilience: what does the care worker need themselves?"
  },
  "source": {
    "citation": "Metselaar S, van Schaik M, Widdershoven G, Pasman R. CURA: A clinical ethics support instrument for caregivers in palliative care. Nursing Ethics 2022;29(7–8):1562–1577 (PMC9667086).",
    "note": {
      "nl": "Minuten per stap zijn standaardwaarden van Beraad.",
      "en": "Minutes per step are Beraad's defaults."
    },
    "url": "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9667086/"
  },
  "durationMinutes": 45,
  "roles": [
    {
      "id": "gespreksleider",
      "title": {
        "nl": "Gespreksleider",
        "en": "Facilitator"
      },
      "contributes": false,
      "max": 1,
      "facilitator": true
    },
    {
      "id": "inbrenger",
      "title": {
        "nl": "Inbrenger",
        "en": "Case presenter"
      },
      "contributes": true,
      "max": 1,
      "presenter": true
    },
    {
      "id": "deelnemer",
      "title": {
        "nl": "Deelnemer",
        "en": "Participant"
      },
      "contributes": true,
      "default": true
    },
    {
      "id": "notulist",
      "title": {
        "nl": "Notulist",
        "en": "Minute-taker"
      },
      "contributes": false,
      "max": 1,
      "noteTaker": true
    }
  ],
  "minutes": [
    "summary",
    "links",
    "participants",
    "steps",
    "time",
    "forced",
    "corrections"
  ],
  "rounds": [
    {
      "id": "concentreren",
      "title": {
        "nl": "C — Concentreren",
        "en": "C — Concentrate"
      },
      "purpose": {
        "nl": "De situatie beschrijven, en waar je twijfelt of je goede zorg geeft.",
        "en": "Describe the situation, and where you doubt whether you are giving good care."
      },
      "prompts": [
        {
          "nl": "Wat speelt er, bij wie, en wat is er gebeurd?",
          "en": "What is going on, with whom, and what happened?"
        },
        {
          "nl": "Waar twijfel je of je goede zorg geeft voor de bewoner, cliënt of patiënt?",
          "en": "Where do you doubt whether you are giving good care to the resident or patient?"
        }
      ],
      "hints": [
        {
          "nl": "Leg de twijfel vast bij de casus: /casus TEKST --vraag TWIJFEL.",
          "en": "Record the doubt with the case: /case TEXT --question DOUBT."
        }
      ],
      "accepts": [
        "case",
        "question",
        "fact"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "case"
        }
      ],
      "minutes": {
        "agreements": false
      }
    },
    {
      "id": "uitstellen",
      "title": {
        "nl": "U — Uitstellen",
        "en": "U — Unrush"
      },
      "purpose": {
        "nl": "Ieder noemt zijn eerste reactie of oordeel, en zet die even opzij.",
        "en": "Everyone names their own first reaction or judgement, and sets it aside for now."
      },
      "prompts": [
        {
          "nl": "Wat is je eerste reactie: wat zou je het liefst meteen doen, of wat vind je ervan?",
          "en": "What is your first reaction: what would you rather do at once, or what do you think of it?"
        }
      ],
      "hints": [
        {
          "nl": "Het gaat er niet om de reactie weg te nemen, maar om er ruimte naast te maken.",
          "en": "The point is not to remove the reaction but to make room beside it."
        }
      ],
      "accepts": [
        "consideration"
      ],
      "timeboxMinutes": 5,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "each",
          "kind": "consideration",
          "scope": "round"
        }
      ],
      "minutes": {
        "kinds": [
          {
            "kind": "consideration",
            "title": {
              "nl": "Eerste reacties",
              "en": "First reactions"
            },
            "name": {
              "nl": "eerste reactie",
              "en": "first reaction"
            }
          }
        ]
      }
    },
    {
      "id": "reflecteren",
      "title": {
        "nl": "R — Reflecteren",
        "en": "R — Reflect"
      },
      "purpose": {
        "nl": "Nagaan wat voor ieder die erbij betrokken is ertoe doet.",
        "en": "Consider what matters to each person involved."
      },
      "prompts": [
        {
          "nl": "Wat is belangrijk voor de bewoner, cliënt of patiënt? Voor de naasten, voor jezelf, voor je collega's?",
          "en": "What matters to the resident or patient? To their family, to yourself, to your colleagues?"
        }
      ],
      "hints": [
        {
          "nl": "Noteer bij elke waarde om wie het gaat (--over).",
          "en": "Note with each value whom it concerns (--about)."
        }
      ],
      "accepts": [
        "perspective",
        "value",
        "norm",
        "consideration"
      ],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "value",
          "min": 1,
          "scope": "round"
        }
      ]
    },
    {
      "id": "actie",
      "title": {
        "nl": "A — Actie ondernemen",
        "en": "A — Act"
      },
      "purpose": {
        "nl": "Besluiten hoe je handelt, en wat en wie je daarvoor nodig hebt, ook voor jezelf.",
        "en": "Decide how to act, and what and whom you need for it, for yourself too."
      },
      "prompts": [
        {
          "nl": "Wat ga je doen?",
          "en": "What will you do?"
        },
        {
          "nl": "Wat en wie heb je daarvoor nodig?",
          "en": "What and whom do you need for it?"
        },
        {
          "nl": "Wat heb je zelf nodig om dit goed te doen en vol te houden?",
          "en": "What do you need yourself to do this well and keep it up?"
        }
      ],
      "hints": [],
      "accepts": [
        "decision",
        "action",
        "consideration",
        "evaluation"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "decision"
        }
      ],
      "minutes": {
        "kinds": [
          {
            "kind": "consideration",
            "title": {
              "nl": "Wat ik nodig heb",
              "en": "What I need"
            },
            "name": {
              "nl": "behoefte",
              "en": "need"
            }
          }
        ]
      }
    }
  ],
  "outcome": {
    "title": {
      "nl": "Wat ik/wij gaan doen",
      "en": "What I/we will do"
    }
  },
  "caseQuestion": {
    "nl": "Twijfel over goede zorg",
    "en": "Doubt about good care"
  }
}
"""####),
        (name: "dilemmamethode.json", text: ####"""
{
  "$schema": "protocol.schema.json",
  "id": "dilemmamethode",
  "version": 6,
  "title": { "nl": "Dilemmamethode", "en": "Dilemma method" },
  "summary": {
    "nl": "Tien stappen van introductie tot evaluatie, in 1 à 2 uur met 6 tot 10 deelnemers: beeldvorming (stap 2–6), oordeelsvorming (stap 7) en besluitvorming (stap 8–9). De gespreksleider voegt geen inhoud toe; consensus is niet vereist.",
    "en": "Ten steps from introduction to evaluation, in 1 to 2 hours with 6 to 10 participants: forming a picture (steps 2–6), forming a judgement (step 7) and deciding (steps 8–9). The facilitator adds no content; consensus is not required."
  },
  "source": {
    "citation": "Stolper, Molewijk, Widdershoven (Amsterdam UMC / VUmc). BMC Medical Ethics 2022;23, s12910-022-00851-3, table 1; Kruijtbosch, PhD thesis, box 1; Schaap, PhD thesis, appendix 2.",
    "note": {
      "nl": "Gepubliceerde versies wisselen stap 3 en 4. Minuten per stap zijn standaardwaarden van Beraad.",
      "en": "Published versions swap steps 3 and 4. Minutes per step are Beraad's defaults."
    },
    "url": "https://doi.org/10.1186/s12910-022-00851-3"
  },
  "durationMinutes": 120,
  "aliases": ["dilemma", "dilemma-method"],
  "roles": [
    { "id": "gespreksleider", "title": { "nl": "Gespreksleider", "en": "Facilitator" }, "contributes": false, "max": 1, "facilitator": true },
    { "id": "inbrenger", "title": { "nl": "Inbrenger", "en": "Case presenter" }, "contributes": true, "max": 1, "presenter": true },
    { "id": "deelnemer", "title": { "nl": "Deelnemer", "en": "Participant" }, "contributes": true, "default": true },
    { "id": "notulist", "title": { "nl": "Notulist", "en": "Minute-taker" }, "contributes": false, "max": 1, "noteTaker": true }
  ],
  "minutes": ["summary", "links", "participants", "steps", "time", "forced", "corrections"],
  "rounds": [
    {
      "id": "introductie",
      "title": { "nl": "1. Introductie", "en": "1. Introduction" },
      "purpose": {
        "nl": "Welkom, uitleg van de methode en de doelen, afspraken over het verslag en over vertrouwelijkheid.",
        "en": "Welcome, an explanation of the method and its goals, agreements on the notes and on confidentiality."
      },
      "prompts": [
        { "nl": "Wat is het doel van dit moreel beraad?", "en": "What is the goal of this moral case deliberation?" },
        { "nl": "Welke afspraken maken we over vertrouwelijkheid en over het verslag?", "en": "What do we agree on confidentiality and on the notes?" }
      ],
      "hints": [
        { "nl": "Het gaat om de vraag wat hier het goede is om te doen, niet om wie gelijk heeft.", "en": "The question is what the right thing to do is here, not who is right." },
        { "nl": "De gespreksleider voegt geen inhoud toe.", "en": "The facilitator adds no content." }
      ],
      "accepts": ["note"],
      "categories": [
        { "id": "vertrouwelijkheid", "alias": "confidentiality", "title": { "nl": "Vertrouwelijkheid", "en": "Confidentiality" } },
        { "id": "verslag", "alias": "minutes", "title": { "nl": "Verslag", "en": "Minutes" } }
      ],
      "timeboxMinutes": 5,
      "timeboxIsDefault": true
    },
    {
      "id": "casus",
      "title": { "nl": "2. Casus", "en": "2. The case" },
      "purpose": {
        "nl": "De inbrenger beschrijft de situatie, en vooral het moment waarop het dilemma het sterkst gevoeld werd.",
        "en": "The case presenter describes the situation, above all the moment the dilemma was felt most."
      },
      "prompts": [
        { "nl": "Wat gebeurde er, en wanneer voelde je het dilemma het sterkst?", "en": "What happened, and when did you feel the dilemma most?" }
      ],
      "hints": [
        { "nl": "Een concrete situatie uit de eigen praktijk.", "en": "A concrete situation from one's own practice." }
      ],
      "accepts": ["case", "fact"],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "case" }]
    },
    {
      "id": "dilemma",
      "title": { "nl": "3. Dilemma", "en": "3. The dilemma" },
      "purpose": {
        "nl": "Het dilemma formuleren als 'Moet ik A of B?', en de schade (morele last) van elke keuze benoemen.",
        "en": "Frame the dilemma as 'Should I do A or B?', and name the harm (moral burden) of each choice."
      },
      "prompts": [
        { "nl": "Moet ik A of B?", "en": "Should I do A or B?" },
        { "nl": "Wat is de schade als je A kiest? En als je B kiest?", "en": "What is the harm if you choose A? And if you choose B?" }
      ],
      "hints": [
        { "nl": "In gepubliceerde versies komt deze stap soms na de verhelderingsvragen.", "en": "In published versions this step sometimes comes after the clarifying questions." }
      ],
      "accepts": ["dilemma", "question"],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "dilemma", "minOptions": 2 }, { "type": "harms" }]
    },
    {
      "id": "verhelderingsvragen",
      "title": { "nl": "4. Verhelderingsvragen", "en": "4. Clarifying questions" },
      "purpose": {
        "nl": "Vragen stellen om de situatie door de ogen van de inbrenger te zien.",
        "en": "Ask questions to see the situation through the case presenter's eyes."
      },
      "prompts": [
        { "nl": "Wat moeten we nog weten om ons in de situatie van de inbrenger te verplaatsen?", "en": "What do we still need to know to put ourselves in the presenter's position?" }
      ],
      "hints": [
        { "nl": "Geen adviezen of oordelen, alleen vragen.", "en": "No advice or judgements, only questions." }
      ],
      "accepts": ["question", "fact"],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "count", "kind": "question", "min": 1, "scope": "round" }]
    },
    {
      "id": "perspectieven-waarden-normen",
      "title": { "nl": "5. Perspectieven, waarden en normen", "en": "5. Perspectives, values and norms" },
      "purpose": {
        "nl": "Een schema maken: per perspectief (een betrokkene, aanwezig of niet) de waarden en de normen die op het spel staan.",
        "en": "Draw up a grid: for each perspective (a stakeholder, present or not) the values and norms at stake."
      },
      "prompts": [
        { "nl": "Wie zijn de betrokkenen?", "en": "Who are the stakeholders?" },
        { "nl": "Welke waarden zijn voor hen belangrijk, en welke normen volgen daaruit?", "en": "Which values matter to them, and which norms follow from them?" }
      ],
      "hints": [
        { "nl": "Noteer bij elke waarde of norm om wie het gaat (--over).", "en": "Note with each value or norm whom it concerns (--about)." }
      ],
      "accepts": ["perspective", "value", "norm", "right"],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": [
        { "type": "count", "kind": "perspective", "min": 1, "scope": "round" },
        { "type": "count", "kind": "value", "min": 1, "scope": "round" }
      ]
    },
    {
      "id": "alternatieven",
      "title": { "nl": "6. Alternatieven", "en": "6. Alternatives" },
      "purpose": {
        "nl": "Alle mogelijke handelingsopties verzamelen, realistisch of niet, zonder te oordelen.",
        "en": "Gather every possible course of action, realistic or not, without judging."
      },
      "prompts": [
        { "nl": "Welke andere mogelijkheden zijn er dan A en B?", "en": "Which other possibilities are there besides A and B?" }
      ],
      "hints": [
        { "nl": "Nog niet beoordelen: eerst verzamelen.", "en": "Do not judge yet: gather first." }
      ],
      "accepts": ["alternative"],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "skippable": true
    },
    {
      "id": "individuele-afweging",
      "title": { "nl": "7. Individuele afweging", "en": "7. Individual weighing" },
      "purpose": {
        "nl": "Ieder maakt eerst schriftelijk een keuze: het goede om te doen is …, omdat (waarde) …, daarom kan ik niet …, de schade beperk ik door …, wat ik nodig heb (deugden) is ….",
        "en": "Each participant first chooses in writing: the right thing to do is …, because (value) …, therefore I cannot …, I limit the harm by …, what I need (virtues) is …."
      },
      "prompts": [
        { "nl": "Wat is hier het goede om te doen, en waarom?", "en": "What is the right thing to do here, and why?" }
      ],
      "hints": [
        { "nl": "Eerst schrijven, dan voorlezen, nog niet discussiëren.", "en": "Write first, then read out, no discussion yet." }
      ],
      "accepts": ["position", "consideration"],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "each", "kind": "position", "scope": "session" }]
    },
    {
      "id": "dialoog",
      "title": { "nl": "8. Dialoog", "en": "8. Dialogue" },
      "purpose": {
        "nl": "Overeenkomsten en verschillen tussen de afwegingen onderzoeken, op weg naar een gezamenlijke conclusie.",
        "en": "Explore the similarities and differences between the choices, towards a shared conclusion."
      },
      "prompts": [
        { "nl": "Waar lijken de afwegingen op elkaar, waar verschillen ze?", "en": "Where are the choices alike, where do they differ?" }
      ],
      "hints": [
        { "nl": "Consensus is niet vereist.", "en": "Consensus is not required." }
      ],
      "accepts": ["consideration", "alternative", "position"],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true
    },
    {
      "id": "conclusie-en-acties",
      "title": { "nl": "9. Conclusie en acties", "en": "9. Conclusion and actions" },
      "purpose": {
        "nl": "Afspraken maken, een datum voor evaluatie kiezen en afspreken dat het verslag gedeeld wordt.",
        "en": "Make agreements, choose a date for evaluation and agree that the notes are shared."
      },
      "prompts": [
        { "nl": "Wat is de conclusie?", "en": "What is the conclusion?" },
        { "nl": "Wie doet wat, en wanneer evalueren we?", "en": "Who does what, and when do we evaluate?" }
      ],
      "hints": [
        { "nl": "Leg vast wie het er niet mee eens is.", "en": "Record who disagrees." }
      ],
      "accepts": ["decision", "action", "signal"],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "decision" }]
    },
    {
      "id": "evaluatie",
      "title": { "nl": "10. Evaluatie", "en": "10. Evaluation" },
      "purpose": {
        "nl": "Zijn de doelen bereikt? Terugblik op de stappen, de tijd, de groep en de gespreksleider.",
        "en": "Were the goals met? A look back at the steps, the time, the group and the facilitator."
      },
      "prompts": [
        { "nl": "Wat vond je van de stappen, de tijd, de groep en de gespreksleiding?", "en": "What did you think of the steps, the time, the group and the facilitation?" }
      ],
      "accepts": ["evaluation"],
      "timeboxMinutes": 5,
      "timeboxIsDefault": true
    }
  ]
}
"""####),
        (name: "moreel-beraad.json", text: ####"""
{
  "$schema": "protocol.schema.json",
  "id": "moreel-beraad",
  "version": 6,
  "title": { "nl": "Moreel beraad", "en": "Moral case deliberation" },
  "summary": {
    "nl": "Een gesprek van 60 à 75 minuten over één concrete praktijksituatie: eerst de botsende normen, waarden en rechten, dan het perspectief en de beargumenteerde keuze van iedere deelnemer, tot slot een besluit met afspraken en signalen.",
    "en": "A 60 to 75 minute conversation about one concrete practice situation: first the clashing norms, values and rights, then every participant's perspective and argued choice, and finally a decision with actions and issues to raise."
  },
  "source": {
    "citation": "Stolper, Molewijk, Widdershoven (Amsterdam UMC). BMC Medical Ethics 2022;23, s12910-022-00851-3, table 1.",
    "note": {
      "nl": "Gebouwd op de kern van de dilemmamethode. Minuten per ronde zijn standaardwaarden van Beraad.",
      "en": "Built on the core of the dilemma method. Minutes per round are Beraad's defaults."
    }
  },
  "durationMinutes": 75,
  "minutes": ["summary", "links", "participants", "steps", "time", "forced", "corrections"],
  "aliases": ["moral-case-deliberation"],
  "roles": [
    { "id": "gespreksleider", "title": { "nl": "Gespreksleider", "en": "Facilitator" }, "contributes": false, "max": 1, "facilitator": true },
    { "id": "inbrenger", "title": { "nl": "Inbrenger", "en": "Case presenter" }, "contributes": true, "max": 1, "presenter": true },
    { "id": "deelnemer", "title": { "nl": "Deelnemer", "en": "Participant" }, "contributes": true, "default": true },
    { "id": "notulist", "title": { "nl": "Notulist", "en": "Minute-taker" }, "contributes": false, "max": 1, "noteTaker": true }
  ],
  "rounds": [
    {
      "id": "opening",
      "title": { "nl": "Opening", "en": "Opening" },
      "purpose": {
        "nl": "Iedereen weet waarom we hier zitten, hoe het gesprek verloopt en wat er met het gezegde gebeurt.",
        "en": "Everyone knows why we are here, how the conversation will go and what happens to what is said."
      },
      "prompts": [
        { "nl": "Welkom; stel de gespreksleider, de inbrenger en de deelnemers voor.", "en": "Welcome; introduce the facilitator, the case presenter and the participants." },
        { "nl": "Leg de methode uit: we zoeken samen naar wat hier het goede is om te doen, consensus is niet nodig.", "en": "Explain the method: together we look for the right thing to do here; consensus is not required." },
        { "nl": "Maak afspraken over vertrouwelijkheid en over het verslag.", "en": "Agree on confidentiality and on the minutes." }
      ],
      "hints": [
        { "nl": "Wat hier gezegd wordt, blijft in deze groep.", "en": "What is said here stays in this group." },
        { "nl": "Wie krijgt het verslag, en worden namen van cliënten weggelaten?", "en": "Who receives the minutes, and are clients' names left out?" },
        { "nl": "De gespreksleider geeft zelf geen inhoudelijk oordeel.", "en": "The facilitator gives no opinion on the substance." }
      ],
      "accepts": ["note"],
      "categories": [
        { "id": "vertrouwelijkheid", "alias": "confidentiality", "title": { "nl": "Vertrouwelijkheid", "en": "Confidentiality" } },
        { "id": "verslag", "alias": "minutes", "title": { "nl": "Verslag", "en": "Minutes" } }
      ],
      "timeboxMinutes": 5,
      "timeboxIsDefault": true,
      "skippable": false,
      "requirements": []
    },
    {
      "id": "casus",
      "title": { "nl": "Casus", "en": "The case" },
      "purpose": {
        "nl": "De inbrenger vertelt over het moment waarop het dilemma het sterkst gevoeld werd; de groep stelt verhelderende vragen.",
        "en": "The case presenter tells of the moment the dilemma was felt most; the group asks clarifying questions."
      },
      "prompts": [
        { "nl": "Wat gebeurde er, wie waren erbij, en wanneer voelde je het dilemma het sterkst?", "en": "What happened, who was involved, and when did you feel the dilemma most?" },
        { "nl": "Welke vragen helpen om de situatie door de ogen van de inbrenger te zien?", "en": "Which questions help to see the situation through the presenter's eyes?" }
      ],
      "hints": [
        { "nl": "Vraag naar feiten en beleving, nog niet naar oplossingen.", "en": "Ask about facts and experience, not yet about solutions." },
        { "nl": "Eén concrete situatie, geen algemeen probleem.", "en": "One concrete situation, not a general problem." }
      ],
      "accepts": ["question", "fact", "case"],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "case" }]
    },
    {
      "id": "dilemma",
      "title": { "nl": "Dilemma", "en": "The dilemma" },
      "purpose": {
        "nl": "Het dilemma scherp krijgen als een keuze tussen A en B, met de schade (morele last) van elke keuze.",
        "en": "Frame the dilemma sharply as a choice between A and B, with the harm (moral burden) of each."
      },
      "prompts": [
        { "nl": "Moet ik A doen, of B?", "en": "Should I do A, or B?" },
        { "nl": "Welke schade doe ik als ik voor A kies? En als ik voor B kies?", "en": "What harm do I do if I choose A? And if I choose B?" }
      ],
      "hints": [
        { "nl": "Beide opties zijn te verdedigen en beide doen ergens schade.", "en": "Both options can be defended and both do harm somewhere." },
        { "nl": "Formuleer vanuit de inbrenger: 'moet ik …'.", "en": "Phrase it from the presenter's side: 'should I …'." }
      ],
      "accepts": ["question", "dilemma"],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "dilemma", "minOptions": 2 }, { "type": "harms" }]
    },
    {
      "id": "normen-waarden-rechten",
      "title": { "nl": "Botsende normen, waarden en rechten", "en": "Clashing norms, values and rights" },
      "purpose": {
        "nl": "Per betrokkene in beeld brengen wat op het spel staat: welke waarden, normen en rechten botsen hier?",
        "en": "For each stakeholder, bring out what is at stake: which values, norms and rights clash here?"
      },
      "prompts": [
        { "nl": "Wie zijn de betrokkenen, aanwezig of niet?", "en": "Who are the stakeholders, present or not?" },
        { "nl": "Wat is voor ieder van hen belangrijk (waarde), wat vinden zij dat moet (norm), waar hebben zij recht op?", "en": "What matters to each of them (value), what do they think should be done (norm), what are they entitled to (right)?" }
      ],
      "hints": [
        { "nl": "Een waarde is een goed dat nagestreefd wordt (autonomie, veiligheid); een norm zegt wat je moet doen.", "en": "A value is a good worth pursuing (autonomy, safety); a norm says what one should do." },
        { "nl": "Noteer bij elke waarde, norm of recht om wie het gaat (--over) en welke optie het steunt (--optie).", "en": "Note with each value, norm or right whom it concerns (--about) and which option it supports (--option)." }
      ],
      "accepts": ["value", "norm", "right", "perspective", "fact"],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true,
      "requirements": [
        { "type": "count", "kind": "value", "min": 1, "scope": "round" },
        { "type": "count", "kind": "norm", "min": 1, "scope": "round" }
      ]
    },
    {
      "id": "perspectieven",
      "title": { "nl": "Perspectieven", "en": "Perspectives" },
      "purpose": {
        "nl": "Iedere deelnemer maakt een beargumenteerde keuze: het goede om te doen is …, omdat …, daarom kan ik niet …, de schade beperk ik door …, wat ik nodig heb is ….",
        "en": "Every participant makes an argued choice: the right thing to do is …, because …, therefore I cannot …, I limit the harm by …, what I need is …."
      },
      "prompts": [
        { "nl": "Schrijf eerst voor jezelf je keuze op; daarna lezen we ze één voor één voor.", "en": "First write down your own choice; then we read them out one by one." },
        { "nl": "Welke waarde geeft voor jou de doorslag?", "en": "Which value tips the balance for you?" }
      ],
      "hints": [
        { "nl": "Ook de inbrenger kiest.", "en": "The case presenter chooses too." },
        { "nl": "Een standpunt mag later veranderen; beide blijven bewaard.", "en": "A position may change later; both are kept." }
      ],
      "accepts": ["consideration", "position", "perspective", "alternative"],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "each", "kind": "position", "scope": "session" }]
    },
    {
      "id": "besluit",
      "title": { "nl": "Besluit", "en": "Decision" },
      "purpose": {
        "nl": "In dialoog overeenkomsten en verschillen onderzoeken en tot een conclusie komen, met ruimte voor wie het er niet mee eens is.",
        "en": "Explore the similarities and differences in dialogue and reach a conclusion, leaving room for those who disagree."
      },
      "prompts": [
        { "nl": "Waar zijn we het over eens, waar verschillen we?", "en": "Where do we agree, where do we differ?" },
        { "nl": "Wat is onze conclusie, en waarom?", "en": "What is our conclusion, and why?" },
        { "nl": "Wie kan zich er niet in vinden?", "en": "Who cannot go along with it?" }
      ],
      "hints": [
        { "nl": "Consensus is niet vereist; leg afwijkende meningen vast.", "en": "Consensus is not required; record dissent." },
        { "nl": "Hoe is het besluit genomen: consensus, meerderheid, of door de inbrenger?", "en": "How was it decided: consensus, majority, or by the presenter?" },
        { "nl": "Verandert iemand van standpunt? Leg het nieuwe standpunt vast; het eerdere blijft bewaard.", "en": "Does someone change position? Record the new one; the earlier one is kept." }
      ],
      "accepts": ["consideration", "decision", "position", "alternative"],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "decision" }]
    },
    {
      "id": "afspraken-signalen",
      "title": { "nl": "Afspraken en signalen", "en": "Actions and issues to raise" },
      "purpose": {
        "nl": "Vastleggen wie wat doet en wanneer, en welke signalen verder moeten dan deze casus.",
        "en": "Record who does what and by when, and which issues should be raised beyond this case."
      },
      "prompts": [
        { "nl": "Wie doet wat, en wanneer?", "en": "Who does what, and by when?" },
        { "nl": "Wanneer evalueren we het besluit?", "en": "When do we evaluate the decision?" },
        { "nl": "Speelt dit ook bij anderen? Aan wie geven we het signaal door?", "en": "Does this happen to others too? To whom do we raise it?" }
      ],
      "hints": [
        { "nl": "Een signaal kan op niveau van het individu, de groep of het beleid liggen.", "en": "An issue can be raised at the level of the individual, the group or policy." }
      ],
      "accepts": ["action", "signal"],
      "timeboxMinutes": 5,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "count", "kind": "action", "min": 1, "scope": "round" }]
    },
    {
      "id": "evaluatie",
      "title": { "nl": "Evaluatie", "en": "Evaluation" },
      "purpose": {
        "nl": "Terugkijken op het gesprek: de stappen, de tijd, de groep en de gespreksleiding.",
        "en": "Look back on the conversation: the steps, the time, the group and the facilitation."
      },
      "prompts": [
        { "nl": "Wat heeft dit beraad je opgeleverd?", "en": "What did this deliberation give you?" },
        { "nl": "Een score van 1 tot 5, en waarom?", "en": "A score from 1 to 5, and why?" }
      ],
      "hints": [
        { "nl": "Het verslag gaat na afloop naar de deelnemers.", "en": "The minutes go to the participants afterwards." }
      ],
      "accepts": ["evaluation"],
      "timeboxMinutes": 5,
      "timeboxIsDefault": true,
      "requirements": [{ "type": "each", "kind": "evaluation", "scope": "round" }]
    }
  ]
}
"""####),
        (name: "nijmeegse-methode.json", text: ####"""
{
  "$schema": "protocol.schema.json",
  "id": "nijmeegse-methode",
  "version": 4,
  "title": {
    "nl": "Nijmeegse methode voor ethische casusbeschouwing",
    "en": "Nijmegen method of ethical case deliberation"
  },
  "summary": {
    "nl": "Vier fasen — probleem, feiten, waardering, besluitvorming — met een voorzitter die per fase en per dimensie uit voorbereide vragen kiest (status en /hulp tonen ze). Ongeveer een uur, met een voorzitter en een notulist.",
    "en": "Four phases — problem, facts, evaluation, decision — with a chair who picks from prepared questions for each phase and dimension (status and the live banner show them). About an hour, with a chair and a minute-taker."
  },
  "source": {
    "citation": "Steinkamp N, Gordijn B. Ethical case deliberation on the ward. Med Health Care Philos 2003;6:235–46 (Radboudumc); overview at wepe.be.",
    "note": {
      "nl": "Minuten per fase zijn standaardwaarden van Beraad. De vragen zijn in onze eigen woorden geschreven naar de opbouw van de methode.",
      "en": "Minutes per phase are Beraad's defaults. The questions are written in our own words, after the method's structure."
    },
    "url": "https://doi.org/10.1023/A:1025928617468"
  },
  "durationMinutes": 60,
  "roles": [
    {
      "id": "voorzitter",
      "title": {
        "nl": "Voorzitter",
        "en": "Chair"
      },
      "contributes": false,
      "max": 1,
      "facilitator": true
    },
    {
      "id": "inbrenger",
      "title": {
        "nl": "Inbrenger",
        "en": "Case presenter"
      },
      "contributes": true,
      "max": 1,
      "presenter": true
    },
    {
      "id": "deelnemer",
      "title": {
        "nl": "Deelnemer",
        "en": "Participant"
      },
      "contributes": true,
      "default": true
    },
    {
      "id": "notulist",
      "title": {
        "nl": "Notulist",
        "en": "Minute-taker"
      },
      "contributes": false,
      "max": 1,
      "noteTaker": true
    }
  ],
  "rounds": [
    {
      "id": "probleem",
      "title": {
        "nl": "1. Probleem",
        "en": "1. Problem"
      },
      "purpose": {
        "nl": "Het concrete morele probleem helder krijgen: waar gaat het om, en voor wie?",
        "en": "Make the concrete moral problem clear: what is it about, and for whom?"
      },
      "prompts": [
        {
          "nl": "Wat is het morele probleem, zo concreet mogelijk?",
          "en": "What is the moral problem, as concretely as possible?"
        },
        {
          "nl": "Tussen welke handelingsmogelijkheden moet gekozen worden?",
          "en": "Between which courses of action must a choice be made?"
        },
        {
          "nl": "Wie brengt het probleem in, en waarom nu?",
          "en": "Who brings the problem, and why now?"
        },
        {
          "nl": "Welke beslissing moet er genomen worden, en door wie?",
          "en": "Which decision must be taken, and by whom?"
        },
        {
          "nl": "Wat maakt dit een moreel probleem en niet alleen een praktisch?",
          "en": "What makes this a moral problem and not only a practical one?"
        },
        {
          "nl": "Wat gebeurt er als we niets doen?",
          "en": "What happens if we do nothing?"
        }
      ],
      "hints": [
        {
          "nl": "De voorzitter kiest uit de voorbereide vragen; niet elke vraag hoeft aan bod te komen.",
          "en": "The chair picks from the prepared questions; not every question needs to come up."
        }
      ],
      "accepts": [
        "case",
        "question",
        "dilemma"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "case"
        }
      ],
      "minutes": {
        "agreements": false
      }
    },
    {
      "id": "feiten",
      "title": {
        "nl": "2. Feiten",
        "en": "2. Facts"
      },
      "purpose": {
        "nl": "De relevante feiten verzamelen: medisch, verpleegkundig en zorg, levensbeschouwelijk en psychosociaal, organisatorisch, juridisch.",
        "en": "Gather the relevant facts: medical, nursing and care, worldview and psychosocial, organisational, legal."
      },
      "prompts": [
        {
          "nl": "Wat weten we, en wat weten we (nog) niet?",
          "en": "What do we know, and what do we not (yet) know?"
        },
        {
          "nl": "Welke feiten ontbreken nog, en wie kan ze achterhalen?",
          "en": "Which facts are still missing, and who can find them out?"
        },
        {
          "nl": "Waar lopen feiten en meningen door elkaar?",
          "en": "Where are facts and opinions mixed up?"
        }
      ],
      "hints": [
        {
          "nl": "Scheid feiten van meningen.",
          "en": "Separate facts from opinions."
        }
      ],
      "accepts": [
        "fact",
        "question"
      ],
      "categories": [
        {
          "id": "medisch",
          "title": {
            "nl": "Medisch",
            "en": "Medical"
          },
          "prompts": [
            {
              "nl": "Wat is de diagnose, en hoe zeker is die?",
              "en": "What is the diagnosis, and how certain is it?"
            },
            {
              "nl": "Wat is de prognose met en zonder behandeling?",
              "en": "What is the prognosis with and without treatment?"
            },
            {
              "nl": "Welke behandelingen zijn mogelijk, met welke kans op succes en welke lasten?",
              "en": "Which treatments are possible, with what chance of success and which burdens?"
            },
            {
              "nl": "Hoe is de pijn of het lijden te verlichten?",
              "en": "How can pain or suffering be relieved?"
            }
          ],
          "alias": "medical"
        },
        {
          "id": "zorg",
          "title": {
            "nl": "Verpleging en zorg",
            "en": "Nursing and care"
          },
          "prompts": [
            {
              "nl": "Welke zorg heeft de bewoner, cliënt of patiënt nu nodig, en wat vraagt die van het team?",
              "en": "What care does the resident or patient need now, and what does it ask of the team?"
            },
            {
              "nl": "Hoe ervaart hij of zij de zorg, en wat zien de verzorgenden dagelijks?",
              "en": "How do they experience the care, and what do the nurses see every day?"
            },
            {
              "nl": "Welke zorg kan het team blijven geven, en waar ligt de grens?",
              "en": "Which care can the team keep giving, and where is the limit?"
            }
          ],
          "alias": "care"
        },
        {
          "id": "levensbeschouwelijk-psychosociaal",
          "title": {
            "nl": "Levensbeschouwelijk en psychosociaal",
            "en": "Worldview and psychosocial"
          },
          "prompts": [
            {
              "nl": "Wat weten we van de levensbeschouwing en de wensen van de bewoner, cliënt of patiënt, ook van eerder?",
              "en": "What do we know of the person's beliefs and wishes, including earlier ones?"
            },
            {
              "nl": "Wie zijn de naasten, en hoe kijken zij ertegenaan?",
              "en": "Who are the family and friends, and how do they see it?"
            },
            {
              "nl": "Hoe is de sociale situatie: wonen, werk, geld, eenzaamheid?",
              "en": "What is the social situation: housing, work, money, loneliness?"
            },
            {
              "nl": "Is er een wilsverklaring of een vertegenwoordiger?",
              "en": "Is there an advance directive or a representative?"
            }
          ],
          "alias": "worldview-psychosocial"
        },
        {
          "id": "organisatorisch",
          "title": {
            "nl": "Organisatorisch",
            "en": "Organisational"
          },
          "prompts": [
            {
              "nl": "Welke afspraken, middelen en bezetting spelen mee?",
              "en": "Which arrangements, resources and staffing play a part?"
            },
            {
              "nl": "Wie is eindverantwoordelijk, en wie moet er nog bij betrokken worden?",
              "en": "Who is finally responsible, and who else must be involved?"
            },
            {
              "nl": "Welke mogelijkheden zijn er binnen of buiten de organisatie?",
              "en": "Which possibilities are there within or outside the organisation?"
            }
          ],
          "alias": "organisational"
        },
        {
          "id": "juridisch",
          "title": {
            "nl": "Juridisch",
            "en": "Legal"
          },
          "prompts": [
            {
              "nl": "Welke wetten en regels zijn van toepassing (WGBO, Wzd, Wvggz, Wmo)?",
              "en": "Which laws and rules apply (in the UK for example the Mental Capacity Act)?"
            },
            {
              "nl": "Wie mag beslissen, en is er toestemming gegeven?",
              "en": "Who may decide, and has consent been given?"
            },
            {
              "nl": "Welke beroepscodes of richtlijnen van de instelling gelden?",
              "en": "Which professional codes or local policies apply?"
            }
          ],
          "alias": "legal"
        }
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "fact",
          "min": 1,
          "scope": "round"
        }
      ]
    },
    {
      "id": "waardering",
      "title": {
        "nl": "3. Waardering",
        "en": "3. Evaluation"
      },
      "purpose": {
        "nl": "De morele kant wegen: het welzijn van de bewoner, cliënt of patiënt, zijn of haar autonomie, en de verantwoordelijkheden van de zorgverleners.",
        "en": "Weigh the moral side: the patient's wellbeing, their autonomy, and the clinical team's responsibilities."
      },
      "prompts": [
        {
          "nl": "Wat betekenen de mogelijkheden voor het welzijn van de bewoner, cliënt of patiënt?",
          "en": "What do the options mean for the patient's wellbeing?"
        },
        {
          "nl": "Wat wil hij of zij zelf, en is hij of zij wilsbekwaam voor deze beslissing?",
          "en": "What do they want, and do they have capacity to make this decision?"
        },
        {
          "nl": "Wat zijn de verantwoordelijkheden van de zorgverleners?",
          "en": "What are the clinical team's responsibilities?"
        },
        {
          "nl": "Welke waarden of normen botsen hier?",
          "en": "Which values or norms clash here?"
        },
        {
          "nl": "Welke argumenten wegen voor ieder van ons het zwaarst?",
          "en": "Which arguments weigh most for each of us?"
        }
      ],
      "hints": [],
      "accepts": [
        "value",
        "norm",
        "right",
        "consideration",
        "perspective"
      ],
      "categories": [
        {
          "id": "welzijn",
          "title": {
            "nl": "Welzijn",
            "en": "The patient's wellbeing"
          },
          "alias": "wellbeing",
          "prompts": [
            {
              "nl": "Welke mogelijkheid doet het meest goed en het minst kwaad?",
              "en": "Which option does the most good and the least harm?"
            },
            {
              "nl": "Hoe weegt de kwaliteit van leven, zoals hij of zij die zelf ziet?",
              "en": "How does quality of life weigh, as they see it themselves?"
            }
          ]
        },
        {
          "id": "autonomie",
          "title": {
            "nl": "Autonomie",
            "en": "The patient's autonomy"
          },
          "alias": "autonomy",
          "prompts": [
            {
              "nl": "Kent hij of zij de mogelijkheden en hun gevolgen?",
              "en": "Do they know the options and their consequences?"
            },
            {
              "nl": "Wat heeft hij of zij eerder gewild of gezegd, en past dat nog?",
              "en": "What have they wanted or said before, and does it still apply?"
            },
            {
              "nl": "Als hij of zij niet kan beslissen: wat zou hij of zij gewild hebben?",
              "en": "If they cannot decide: what would they have wanted?"
            }
          ]
        },
        {
          "id": "verantwoordelijkheid",
          "title": {
            "nl": "Verantwoordelijkheid van de zorgverleners",
            "en": "The clinical team's responsibilities"
          },
          "alias": "responsibility",
          "prompts": [
            {
              "nl": "Wat vraagt goed hulpverlenerschap hier van ons?",
              "en": "What does good professional care ask of us here?"
            },
            {
              "nl": "Waar liggen de grenzen van wat wij kunnen of willen doen?",
              "en": "Where are the limits of what we can or will do?"
            },
            {
              "nl": "Welke plichten tegenover naasten, collega's of anderen spelen mee?",
              "en": "Which duties to family, colleagues or others play a part?"
            }
          ]
        }
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "value",
          "min": 1,
          "scope": "round"
        }
      ]
    },
    {
      "id": "besluitvorming",
      "title": {
        "nl": "4. Besluitvorming",
        "en": "4. Decision-making"
      },
      "purpose": {
        "nl": "Tot een besluit komen: wat doen we, wie doet wat, en wanneer evalueren we? Eerst de eigen toetsen van de methode.",
        "en": "Reach a decision: what do we do, who does what, and when do we review it? First the method's own checks."
      },
      "prompts": [
        {
          "nl": "Welke handelwijze is moreel het best te verantwoorden?",
          "en": "Which course of action can best be justified morally?"
        },
        {
          "nl": "Wie doet wat, en wanneer evalueren we het besluit?",
          "en": "Who does what, and when do we evaluate the decision?"
        },
        {
          "nl": "Welke feiten ontbreken nog, en verandert dat iets aan het besluit?",
          "en": "Which facts are still missing, and would they change the decision?"
        },
        {
          "nl": "Is het probleem nu preciezer te zeggen dan in fase 1?",
          "en": "Can the problem now be put more precisely than in phase 1?"
        },
        {
          "nl": "Welke argumenten geven de doorslag?",
          "en": "Which arguments decide it?"
        },
        {
          "nl": "Hoe leggen we het besluit uit aan de bewoner, cliënt of patiënt en de naasten?",
          "en": "How do we explain the decision to the patient and their family?"
        }
      ],
      "hints": [],
      "accepts": [
        "consideration",
        "decision",
        "action",
        "signal"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "decision"
        }
      ]
    }
  ],
  "minutes": [
    "summary",
    "links",
    "participants",
    "steps",
    "time",
    "forced",
    "corrections"
  ],
  "aliases": [
    "nijmegen",
    "nijmeegse"
  ],
  "outcome": {
    "title": {
      "nl": "Advies",
      "en": "Recommendation"
    }
  }
}
"""####),
        (name: "socratisch-gesprek.json", text: ####"""
{
  "$schema": "protocol.schema.json",
  "id": "socratisch-gesprek",
  "version": 5,
  "title": {
    "nl": "Socratisch gesprek",
    "en": "Socratic dialogue"
  },
  "summary": {
    "nl": "Een gezamenlijk onderzoek van één vraag aan de hand van één doorleefd voorbeeld: van kernuitspraak en rechtvaardiging naar de onderliggende waarden. Er hoeft niets besloten te worden; de gespreksleider voegt geen inhoud toe.",
    "en": "A joint inquiry into one question through one lived example: from core statement and justification to the underlying values. Nothing need be decided; the facilitator adds no content."
  },
  "source": {
    "citation": "Nelson, Heckmann; Bolten. Filosofischegesprekken.nl; Bolten H, Van Rossem K in: Van Dartel H, Molewijk B (eds.), In gesprek blijven over goede zorg (2014).",
    "note": {
      "nl": "Minuten per stap zijn standaardwaarden van Beraad.",
      "en": "Minutes per step are Beraad's defaults."
    }
  },
  "durationMinutes": 120,
  "requiresDecision": false,
  "roles": [
    {
      "id": "gespreksleider",
      "title": {
        "nl": "Gespreksleider",
        "en": "Facilitator"
      },
      "contributes": false,
      "max": 1,
      "facilitator": true
    },
    {
      "id": "inbrenger",
      "title": {
        "nl": "Voorbeeldgever",
        "en": "Example-giver"
      },
      "contributes": true,
      "max": 1,
      "presenter": true
    },
    {
      "id": "deelnemer",
      "title": {
        "nl": "Deelnemer",
        "en": "Participant"
      },
      "contributes": true,
      "default": true
    },
    {
      "id": "notulist",
      "title": {
        "nl": "Notulist",
        "en": "Minute-taker"
      },
      "contributes": false,
      "max": 1,
      "noteTaker": true
    }
  ],
  "rounds": [
    {
      "id": "thema-en-startvraag",
      "title": {
        "nl": "1. Thema en startvraag",
        "en": "1. Theme and starting question"
      },
      "purpose": {
        "nl": "Het thema en de startvraag vaststellen, bijvoorbeeld: 'Wanneer is zorg respectvol?'",
        "en": "Settle the theme and the starting question, for example: 'When is care respectful?'"
      },
      "prompts": [
        {
          "nl": "Wat is onze startvraag?",
          "en": "What is our starting question?"
        }
      ],
      "hints": [
        {
          "nl": "Een algemene vraag die ieder vanuit eigen ervaring kan beantwoorden.",
          "en": "A general question that everyone can answer from their own experience."
        },
        {
          "nl": "Leg het thema vast als notitie en elke kandidaat-startvraag als vraag. De laatst vastgelegde vraag is de gekozen startvraag: leg de gekozen vraag zo nodig opnieuw vast.",
          "en": "Record the theme as a note and each candidate question as a question. The question recorded last is the chosen starting question: record the chosen one again if need be."
        }
      ],
      "accepts": [
        "question",
        "note"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "question",
          "min": 1,
          "scope": "round"
        }
      ],
      "minutes": {
        "agreements": false,
        "kinds": [
          {
            "kind": "note",
            "title": {
              "nl": "Thema",
              "en": "Theme"
            }
          },
          {
            "kind": "question",
            "title": {
              "nl": "Kandidaat-startvragen",
              "en": "Candidate starting questions"
            },
            "name": {
              "nl": "startvraag",
              "en": "starting question"
            }
          }
        ],
        "chosen": "question"
      }
    },
    {
      "id": "voorbeelden",
      "title": {
        "nl": "2. Voorbeelden",
        "en": "2. Examples"
      },
      "purpose": {
        "nl": "Ieder geeft een doorleefd voorbeeld bij de startvraag; de groep kiest er één om te onderzoeken.",
        "en": "Everyone offers a lived example for the starting question; the group picks one to examine."
      },
      "prompts": [
        {
          "nl": "Welke ervaring van jezelf hoort bij deze vraag?",
          "en": "Which experience of your own belongs with this question?"
        },
        {
          "nl": "Welk voorbeeld onderzoeken we samen?",
          "en": "Which example do we examine together?"
        }
      ],
      "hints": [
        {
          "nl": "Een voorbeeld dat je zelf meemaakte, dat voorbij is en dat je wilt delen.",
          "en": "An example you went through yourself, that is over and that you are willing to share."
        },
        {
          "nl": "Leg het gekozen voorbeeld vast als casus van wie het gaf ('beraad casus TEKST --door NAAM'): die wordt de voorbeeldgever.",
          "en": "Record the chosen example as the case of the one who gave it ('beraad case TEXT --by NAME'): they become the example-giver."
        }
      ],
      "accepts": [
        "case",
        "perspective"
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "each",
          "kind": "perspective",
          "scope": "round"
        },
        {
          "type": "case"
        }
      ],
      "casePresenter": true,
      "minutes": {
        "heading": {
          "nl": "2. Gekozen voorbeeld",
          "en": "2. The chosen example"
        },
        "kinds": [
          {
            "kind": "perspective",
            "title": {
              "nl": "Ieders voorbeeld",
              "en": "Everyone's example"
            },
            "name": {
              "nl": "voorbeeld",
              "en": "example"
            }
          }
        ],
        "grid": false
      }
    },
    {
      "id": "verhelderende-vragen",
      "title": {
        "nl": "3. Verhelderende vragen",
        "en": "3. Clarifying questions"
      },
      "purpose": {
        "nl": "Vragen stellen aan de voorbeeldgever tot iedereen het voorbeeld van binnenuit kent.",
        "en": "Ask the example giver questions until everyone knows the example from the inside."
      },
      "prompts": [
        {
          "nl": "Wat moeten we nog weten om het voorbeeld te begrijpen zoals jij het beleefde?",
          "en": "What do we still need to know to understand the example as you lived it?"
        }
      ],
      "hints": [],
      "accepts": [
        "question",
        "fact"
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "question",
          "min": 1,
          "scope": "round"
        }
      ]
    },
    {
      "id": "kernuitspraak",
      "title": {
        "nl": "4. Kernuitspraak",
        "en": "4. Core statement"
      },
      "purpose": {
        "nl": "De voorbeeldgever formuleert de kernuitspraak op het cruciale moment: 'toen … deed/dacht ik …, want …'.",
        "en": "The example giver states the core statement at the crucial moment: 'when … I did/thought …, because …'."
      },
      "prompts": [
        {
          "nl": "Wat was het cruciale moment, en wat deed of dacht je toen?",
          "en": "What was the crucial moment, and what did you do or think then?"
        }
      ],
      "hints": [
        {
          "nl": "'Toen … deed of dacht ik … omdat …' — in de woorden van de voorbeeldgever.",
          "en": "'At that moment I did or thought … because …' — in the example-giver's own words."
        },
        {
          "nl": "Schrijf de kernuitspraak op het flap-over; 'beraad bord' toont hem voor de groep.",
          "en": "Write the core statement on the flip chart; 'beraad board' shows it to the group."
        }
      ],
      "accepts": [
        "consideration"
      ],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "presenter",
          "kind": "consideration"
        }
      ],
      "minutes": {
        "kinds": [
          {
            "kind": "consideration",
            "title": {
              "nl": "Kernuitspraak van de voorbeeldgever",
              "en": "The example-giver's core statement"
            },
            "name": {
              "nl": "kernuitspraak",
              "en": "core statement"
            }
          }
        ]
      }
    },
    {
      "id": "rechtvaardiging",
      "title": {
        "nl": "5. Rechtvaardiging",
        "en": "5. Justification"
      },
      "purpose": {
        "nl": "De rechtvaardiging van de kernuitspraak: waarom was dit goed?",
        "en": "The justification of the core statement: why was this right?"
      },
      "prompts": [
        {
          "nl": "Waarom deed of dacht je dat? Wat maakte het juist?",
          "en": "Why did you do or think that? What made it right?"
        }
      ],
      "hints": [],
      "accepts": [
        "consideration",
        "value"
      ],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "consideration",
          "min": 1,
          "scope": "round"
        }
      ],
      "minutes": {
        "kinds": [
          {
            "kind": "consideration",
            "title": {
              "nl": "Rechtvaardiging",
              "en": "Justification"
            },
            "name": {
              "nl": "rechtvaardiging",
              "en": "justification"
            }
          }
        ],
        "grid": false
      }
    },
    {
      "id": "eigen-kernuitspraken",
      "title": {
        "nl": "6. Ieders kernuitspraak",
        "en": "6. Everyone's core statement"
      },
      "purpose": {
        "nl": "Ieder formuleert een eigen kernuitspraak en rechtvaardiging bij het gekozen voorbeeld.",
        "en": "Everyone states their own core statement and justification for the chosen example."
      },
      "prompts": [
        {
          "nl": "Wat had jij op dat moment gedaan of gedacht, en waarom?",
          "en": "What would you have done or thought at that moment, and why?"
        }
      ],
      "hints": [
        {
          "nl": "De voorbeeldgever sprak al; nu de anderen, ieder in de eigen woorden.",
          "en": "The example-giver has spoken; now the others, each in their own words."
        },
        {
          "nl": "Zet ze naast elkaar op het flap-over; 'beraad bord' toont ze.",
          "en": "Set them side by side on the flip chart; 'beraad board' shows them."
        }
      ],
      "accepts": [
        "consideration",
        "perspective"
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "others",
          "kind": "consideration"
        }
      ],
      "minutes": {
        "kinds": [
          {
            "kind": "consideration",
            "title": {
              "nl": "Kernuitspraken en rechtvaardigingen",
              "en": "Core statements and justifications"
            },
            "name": {
              "nl": "kernuitspraak",
              "en": "core statement"
            }
          }
        ],
        "grid": false
      }
    },
    {
      "id": "onderzoek",
      "title": {
        "nl": "7. Onderzoek van de rechtvaardigingen",
        "en": "7. Examining the justifications"
      },
      "purpose": {
        "nl": "Samen de rechtvaardigingen onderzoeken: waar lijken ze op elkaar, waar verschillen ze, wat veronderstellen ze?",
        "en": "Examine the justifications together: where are they alike, where do they differ, what do they assume?"
      },
      "prompts": [
        {
          "nl": "Welke rechtvaardiging houdt stand, en waarom?",
          "en": "Which justification holds, and why?"
        }
      ],
      "hints": [],
      "accepts": [
        "consideration",
        "question"
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": []
    },
    {
      "id": "waarden-en-antwoord",
      "title": {
        "nl": "8. Waarden en antwoord",
        "en": "8. Values and answer"
      },
      "purpose": {
        "nl": "De onderliggende waarden benoemen en een antwoord op de startvraag formuleren.",
        "en": "Name the underlying values and formulate an answer to the starting question."
      },
      "prompts": [
        {
          "nl": "Welke waarden liggen onder de rechtvaardigingen?",
          "en": "Which values lie beneath the justifications?"
        },
        {
          "nl": "Wat is ons antwoord op de startvraag?",
          "en": "What is our answer to the starting question?"
        }
      ],
      "hints": [
        {
          "nl": "Het antwoord mag voorlopig zijn; leg het vast met 'beraad besluit'.",
          "en": "The answer may be provisional; record it with 'beraad decide'."
        }
      ],
      "accepts": [
        "value",
        "consideration",
        "decision"
      ],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "value",
          "min": 1,
          "scope": "round"
        }
      ],
      "minutes": {
        "grid": false
      }
    },
    {
      "id": "terugblik",
      "title": {
        "nl": "9. Terugblik",
        "en": "9. Review"
      },
      "purpose": {
        "nl": "Terugkijken op het gesprek: inhoud, verloop en samenwerking.",
        "en": "Look back on the dialogue: content, course and cooperation."
      },
      "prompts": [
        {
          "nl": "Wat heeft het gesprek je opgeleverd?",
          "en": "What did the dialogue give you?"
        }
      ],
      "hints": [],
      "accepts": [
        "evaluation"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": []
    }
  ],
  "minutes": [
    "summary",
    "links",
    "participants",
    "steps",
    "time",
    "forced",
    "corrections"
  ],
  "aliases": [
    "socratisch",
    "socratic",
    "socratic-dialogue"
  ],
  "outcome": {
    "title": {
      "nl": "Antwoord op de startvraag (voorlopig)",
      "en": "Answer to the starting question (provisional)"
    },
    "support": false
  }
}
"""####),
        (name: "utrechts-stappenplan.json", text: ####"""
{
  "$schema": "protocol.schema.json",
  "id": "utrechts-stappenplan",
  "version": 6,
  "title": {
    "nl": "Utrechts stappenplan",
    "en": "Utrecht step-by-step plan"
  },
  "summary": {
    "nl": "Van de feiten naar de morele vraag, de handelingsalternatieven, de belanghebbenden en de argumenten, naar een afweging en concrete stappen.",
    "en": "From the facts to the moral question, the courses of action, the stakeholders and the arguments, to a weighing and concrete steps."
  },
  "source": {
    "citation": "Van den Hoven M, Bolt I (Utrecht University). Utrechts stappenplan voor ethische reflectie.",
    "note": {
      "nl": "Minuten per stap zijn standaardwaarden van Beraad.",
      "en": "Minutes per step are Beraad's defaults."
    }
  },
  "durationMinutes": 90,
  "minutes": [
    "summary",
    "links",
    "participants",
    "steps",
    "time",
    "forced",
    "corrections"
  ],
  "aliases": [
    "utrecht",
    "utrechts"
  ],
  "roles": [
    {
      "id": "gespreksleider",
      "title": {
        "nl": "Gespreksleider",
        "en": "Facilitator"
      },
      "contributes": false,
      "max": 1,
      "facilitator": true
    },
    {
      "id": "inbrenger",
      "title": {
        "nl": "Inbrenger",
        "en": "Case presenter"
      },
      "contributes": true,
      "max": 1,
      "presenter": true
    },
    {
      "id": "deelnemer",
      "title": {
        "nl": "Deelnemer",
        "en": "Participant"
      },
      "contributes": true,
      "default": true
    },
    {
      "id": "notulist",
      "title": {
        "nl": "Notulist",
        "en": "Minute-taker"
      },
      "contributes": false,
      "max": 1,
      "noteTaker": true
    }
  ],
  "rounds": [
    {
      "id": "morele-vraag",
      "minutes": { "agreements": false },
      "title": {
        "nl": "1. De morele vraag",
        "en": "1. The moral question"
      },
      "purpose": {
        "nl": "Vanuit de feiten de morele vraag formuleren.",
        "en": "Formulate the moral question from the facts."
      },
      "prompts": [
        {
          "nl": "Wat zijn de feiten?",
          "en": "What are the facts?"
        },
        {
          "nl": "Wat is de morele vraag?",
          "en": "What is the moral question?"
        }
      ],
      "hints": [],
      "accepts": [
        "case",
        "question",
        "fact",
        "dilemma"
      ],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "case"
        }
      ]
    },
    {
      "id": "handelingsalternatieven",
      "title": {
        "nl": "2. Handelingsalternatieven",
        "en": "2. Courses of action"
      },
      "purpose": {
        "nl": "De mogelijke handelingen op een rij zetten.",
        "en": "List the possible courses of action."
      },
      "prompts": [
        {
          "nl": "Welke handelingen zijn mogelijk?",
          "en": "Which courses of action are possible?"
        }
      ],
      "hints": [],
      "accepts": [
        "alternative"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "alternative",
          "min": 2,
          "scope": "round"
        }
      ]
    },
    {
      "id": "belanghebbenden",
      "title": {
        "nl": "3. Belanghebbenden",
        "en": "3. Stakeholders"
      },
      "purpose": {
        "nl": "Nagaan wie er belang bij hebben en wat hun belangen zijn.",
        "en": "Consider who has a stake and what their interests are."
      },
      "prompts": [
        {
          "nl": "Wie zijn de belanghebbenden, en wat staat er voor hen op het spel?",
          "en": "Who are the stakeholders, and what is at stake for them?"
        }
      ],
      "hints": [],
      "accepts": [
        "perspective"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "perspective",
          "min": 1,
          "scope": "round"
        }
      ]
    },
    {
      "id": "argumenten",
      "title": {
        "nl": "4. Relevante argumenten",
        "en": "4. Relevant arguments"
      },
      "purpose": {
        "nl": "De relevante morele argumenten verzamelen: waarden, normen, rechten, plichten, gevolgen.",
        "en": "Gather the relevant moral arguments: values, norms, rights, duties, consequences."
      },
      "prompts": [
        {
          "nl": "Welke argumenten pleiten voor en tegen elk alternatief?",
          "en": "Which arguments speak for and against each alternative?"
        }
      ],
      "hints": [],
      "accepts": [
        "value",
        "norm",
        "right",
        "consideration"
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "consideration",
          "min": 1,
          "scope": "round"
        }
      ]
    },
    {
      "id": "afweging",
      "title": {
        "nl": "5. Afweging",
        "en": "5. Weighing"
      },
      "purpose": {
        "nl": "De argumenten tegen elkaar afwegen en een standpunt innemen.",
        "en": "Weigh the arguments against each other and take a position."
      },
      "prompts": [
        {
          "nl": "Welke argumenten wegen het zwaarst, en waarom?",
          "en": "Which arguments weigh heaviest, and why?"
        }
      ],
      "hints": [
        {
          "nl": "Met een dilemma (A of B) kan ieder een standpunt innemen met 'beraad standpunt'.",
          "en": "With a dilemma (A or B) everyone can take a position with 'beraad position'."
        }
      ],
      "accepts": [
        "position",
        "consideration"
      ],
      "timeboxMinutes": 20,
      "timeboxIsDefault": true,
      "requirements": []
    },
    {
      "id": "concrete-stappen",
      "title": {
        "nl": "6. Concrete stappen",
        "en": "6. Concrete steps"
      },
      "purpose": {
        "nl": "Het besluit en de concrete stappen vastleggen.",
        "en": "Record the decision and the concrete steps."
      },
      "prompts": [
        {
          "nl": "Wat besluiten we, en wie doet wat?",
          "en": "What do we decide, and who does what?"
        }
      ],
      "hints": [],
      "accepts": [
        "decision",
        "action",
        "signal"
      ],
      "timeboxMinutes": 15,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "decision"
        }
      ]
    }
  ]
}
"""####),
        (name: "vervolg.json", text: ####"""
{
  "$schema": "protocol.schema.json",
  "id": "vervolg",
  "version": 2,
  "title": {
    "nl": "Vervolgbespreking",
    "en": "Follow-up review"
  },
  "summary": {
    "nl": "Een korte bespreking weken na een moreel beraad: wat besloten en afgesproken werd, of het bracht wat we wilden bereiken, en hoe het verder gaat. Ze begint met de casus, het dilemma, het besluit, de afspraken en (na het afwegingskader) de doelen van fase 1.",
    "en": "A short review weeks after a moral case deliberation: what was decided and agreed, whether it achieved what we wanted, and how to go on. It starts from the case, the dilemma, the decision, the actions and (after the afwegingskader) the phase-1 goals."
  },
  "source": {
    "citation": "Afwegingskader sociaal werk, kaart 'Fase 3 — Interventies': 'Bereiken we met de interventie(s) wat we wilden bereiken in fase 1?'; de evaluatie van het besluit uit het moreel beraad (Stolper, Molewijk, Widdershoven).",
    "note": {
      "nl": "Rondes en minuten zijn van Beraad, gebouwd op de evaluatievraag van de kaartenset.",
      "en": "Rounds and minutes are Beraad's, built on the card set's evaluation question."
    }
  },
  "durationMinutes": 30,
  "roles": [
    {
      "id": "gespreksleider",
      "title": {
        "nl": "Gespreksleider",
        "en": "Facilitator"
      },
      "contributes": false,
      "max": 1,
      "facilitator": true
    },
    {
      "id": "inbrenger",
      "title": {
        "nl": "Inbrenger",
        "en": "Case presenter"
      },
      "contributes": true,
      "max": 1,
      "presenter": true
    },
    {
      "id": "deelnemer",
      "title": {
        "nl": "Deelnemer",
        "en": "Participant"
      },
      "contributes": true,
      "default": true
    },
    {
      "id": "notulist",
      "title": {
        "nl": "Notulist",
        "en": "Minute-taker"
      },
      "contributes": false,
      "max": 1,
      "noteTaker": true
    }
  ],
  "minutes": [
    "links",
    "participants",
    "steps",
    "decision",
    "actions",
    "signals",
    "evaluation",
    "time",
    "forced",
    "corrections"
  ],
  "rounds": [
    {
      "id": "terugblik",
      "minutes": { "agreements": false },
      "title": {
        "nl": "Terugblik",
        "en": "Looking back"
      },
      "purpose": {
        "nl": "Wat besloten we, wat spraken we af, en wat is ervan gekomen?",
        "en": "What did we decide and agree, and what came of it?"
      },
      "prompts": [
        {
          "nl": "Wat is er sinds het beraad gebeurd?",
          "en": "What has happened since the deliberation?"
        },
        {
          "nl": "Welke afspraken zijn gedaan, welke niet, en waarom?",
          "en": "Which actions were done, which not, and why?"
        }
      ],
      "hints": [
        {
          "nl": "Een afspraak die nu gedaan is: 'beraad gedaan SESSIE/a2' in de oorspronkelijke sessie.",
          "en": "An action done by now: 'beraad done SESSION/a2' in the original session."
        }
      ],
      "accepts": [
        "case",
        "dilemma",
        "fact",
        "question"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": []
    },
    {
      "id": "doelen",
      "title": {
        "nl": "Doelen",
        "en": "Goals"
      },
      "purpose": {
        "nl": "Bereiken we met de interventie(s) wat we wilden bereiken?",
        "en": "Do the intervention(s) achieve what we wanted to achieve?"
      },
      "prompts": [
        {
          "nl": "Wat is er bereikt, voor wie, en waaraan zie je dat?",
          "en": "What has been achieved, for whom, and how can you tell?"
        }
      ],
      "hints": [
        {
          "nl": "Beantwoord elke vraag met --beantwoordt N.",
          "en": "Answer each question with --answers N."
        }
      ],
      "accepts": [
        "consideration",
        "fact",
        "question",
        "value"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "count",
          "kind": "consideration",
          "min": 1,
          "scope": "round"
        }
      ]
    },
    {
      "id": "hoe-verder",
      "title": {
        "nl": "Hoe verder",
        "en": "What next"
      },
      "purpose": {
        "nl": "Besluiten of we doorgaan, bijsturen of afsluiten, met nieuwe afspraken en signalen.",
        "en": "Decide whether to continue, adjust or close, with new actions and issues to raise."
      },
      "prompts": [
        {
          "nl": "Gaan we door, sturen we bij, of sluiten we af?",
          "en": "Do we continue, adjust, or close?"
        },
        {
          "nl": "Wat spreken we af, en wat moet verder dan deze casus?",
          "en": "What do we agree, and what should go beyond this case?"
        }
      ],
      "hints": [],
      "accepts": [
        "decision",
        "action",
        "signal",
        "consideration",
        "evaluation"
      ],
      "timeboxMinutes": 10,
      "timeboxIsDefault": true,
      "requirements": [
        {
          "type": "decision"
        }
      ]
    }
  ]
}
"""####),
    ]
}
