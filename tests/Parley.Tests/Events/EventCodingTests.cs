using Parley.Dates;
using Parley.Documents;
using Parley.Events;
using Parley.Pipeline;

namespace Parley.Tests.Events;

/// <summary>The rules of event coding, one sentence each (written for these tests).</summary>
public sealed class EventCodingTests
{
    internal static PloverEvent[] Code(string text, string published = "2025-03-12")
    {
        Assert.True(PartialDate.TryParse(published, out var date));
        var document = StandardPipeline.Create().Process(new Document(text,
            new DocumentMetadata { Id = "t", Origin = "t", Format = "text", Published = new PublicationDate(date, DateSource.Option) }));
        return [.. document.Events];
    }

    private static PloverEvent Only(string text, string type) => Assert.Single(Code(text), e => e.Category.Type == type);

    [Fact]
    public void AParticipleDescribingAPrepositionsObject_TellsNoEvent()
    {
        Assert.DoesNotContain(Code("The drills were meant to build trust among democratic nations committed to open sea lanes."), e => e.Category.Type == "AGREE");
        Assert.Contains(Code("Western allies committed to sending more tanks to Ukraine on Friday."), e => e.Category.Type == "AGREE");
    }

    [Fact]
    public void AJointAct_IsNotAlsoDoneToOneOfItsActors()
    {
        var e = Only("The United States and Ukraine signed a deal on Wednesday giving Washington a stake in Ukraine's mineral wealth.", "SUPPORT");
        Assert.Equal(["UKR", "USA"], e.Actors.Select(a => a.Code).Order());
        Assert.Empty(e.Recipients);
    }

    [Fact]
    public void AVisit_IsTheVisitorActingOnTheCountryOfThePlace()
    {
        var e = Only("The French foreign minister arrived in Chisinau on Tuesday.", "CONSULT");
        Assert.Equal("visit", e.Category.Mode);
        Assert.Equal("FRA", Assert.Single(e.Actors).Code);
        Assert.Equal("MDA", Assert.Single(e.Recipients).Code);
        Assert.Equal("2025-03-11", e.Date?.Time?.Value);
        Assert.Equal(EventModality.Asserted, e.Modality);
    }

    [Fact]
    public void APassive_SwapsActorAndRecipient()
    {
        var e = Only("Lithuania was criticised by Belarus on Monday.", "ACCUSE");
        Assert.Equal("BLR", Assert.Single(e.Actors).Code);
        Assert.Equal("LTU", Assert.Single(e.Recipients).Code);
    }

    [Theory]
    [InlineData("The World Bank granted Mongolia a new loan on Tuesday.", "AID", "WB", "MNG")]
    [InlineData("Germany offered Moldova new security guarantees on Monday.", "AGREE", "DEU", "MDA")]
    [InlineData("Japan will lend the Philippines a loan of $2 billion.", "AID", "JPN", "PHL")]
    public void TheFirstObjectOfAVerbOfGiving_IsTheRecipient_NotTheActor(string text, string type, string actor, string recipient)
    {
        var e = Assert.Single(Code(text), e => e.Recipients.Count > 0);
        Assert.Equal(type, e.Category.Type);
        Assert.Equal(actor, Assert.Single(e.Actors).Code);
        Assert.Equal(recipient, Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AnActInARelativeClauseOnTheFirstObject_IsThatObjectsOwn()
    {
        var e = Assert.Single(Code("The bloc gave the Gabonese soldiers who seized power on Monday a month to hand it back."), e => e.Category.Type == "COERCE");
        Assert.Equal("MIL", Assert.Single(e.Actors).Sector);
    }

    [Fact]
    public void WhoeverActsTogetherWithTheSubject_IsAnotherActor()
    {
        var e = Assert.Single(Code("Oman, which mediated the prisoner swap together with Switzerland, welcomed the result."), e => e.Category.Mode == "third-party");
        Assert.Equal(["CHE", "OMN"], e.Actors.Select(a => a.Code).Order());
        Assert.DoesNotContain(e.Recipients, r => r.Code == "CHE");
    }

    [Fact]
    public void AMediator_GoesBetweenTheSidesOfTheActToldBefore()
    {
        var events = Code("Armenia and Azerbaijan agreed to a ceasefire on Friday. Iran mediated the agreement, officials said.");
        var e = Assert.Single(events, e => e.Category.Mode == "third-party");
        Assert.Equal("IRN", Assert.Single(e.Actors).Code);
        Assert.Equal(["ARM", "AZE"], e.Recipients.Select(r => r.Code).Order());
    }

    [Fact]
    public void TheForcesACountryProvides_AreWhatItGives_NotWhomItHelps()
    {
        var e = Assert.Single(Code("Kenya said it would provide police officers to Haiti."), e => e.Category.Type == "AID");
        Assert.Equal("KEN", Assert.Single(e.Actors).Code);
        Assert.Equal("HTI", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AHeadlineVerbOfGiving_MakesItsFirstObjectTheRecipient()
    {
        var e = Assert.Single(Code("Allies Offer Moldova Security Pledges"));
        Assert.DoesNotContain(e.Actors, a => a.Code == "MDA");
        Assert.Equal("MDA", Assert.Single(e.Recipients).Code);
    }

    [Theory]
    [InlineData("Poland could impose sanctions on Belarus.", EventModality.Hypothetical)]
    [InlineData("Poland is expected to impose sanctions on Belarus.", EventModality.Hypothetical)]
    [InlineData("If talks fail, Poland will impose sanctions on Belarus.", EventModality.Hypothetical)]
    [InlineData("Poland will impose sanctions on Belarus next week.", EventModality.Future)]
    [InlineData("Poland is supposed to impose sanctions on Belarus.", EventModality.Future)]
    [InlineData("Poland did not impose sanctions on Belarus.", EventModality.Negated)]
    [InlineData("Poland imposed sanctions on Belarus in 2014.", EventModality.Historical)]
    [InlineData("Poland imposed sanctions on Belarus on Tuesday.", EventModality.Asserted)]
    public void Modality_FollowsTheWordsAndTheDate(string text, EventModality modality) =>
        Assert.Equal(modality, Only(text, "SANCTION").Modality);

    [Theory]
    [InlineData("The talks follow recent shipments of weapons to Ukraine.")]
    [InlineData("The talks follow previous shipments of weapons to Ukraine.")]
    public void AidToldAsRecentOrPrevious_IsBackground_NotANewAct(string text) =>
        Assert.Equal(EventModality.Historical, Only(text, "AID").Modality);

    [Fact]
    public void ADefiniteNoun_TakesOnlyTheCuesOfItsOwnClause()
    {
        // A cue of the clause joined before it does not reach it; one ending in the word that opens its clause does.
        Assert.Equal(EventModality.Asserted, Only("Analysts said Minsk may be trying to tie down Polish troops, and that the offensive could last for weeks.", "ASSAULT").Modality);
        Assert.Equal(EventModality.Historical, Only("Two years after the invasion began, Russian troops hold a fifth of the country.", "ASSAULT").Modality);
    }

    [Fact]
    public void ANounsSpeculativePredicate_ReachesPastItsOwnParties()
    {
        var e = Only("Diplomats said new sanctions on Belarus over the border crisis looked unlikely.", "SANCTION");
        Assert.Equal(EventModality.Hypothetical, e.Modality);
    }

    [Fact]
    public void AProtestAtASeatOfPower_IsAgainstTheGovernmentWhereItHappens()
    {
        var e = Only("Thousands of students rallied outside parliament in Bratislava on Sunday.", "PROTEST");
        Assert.Equal("SVK", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void ACondemnationOfAnActToldBefore_IsDirectedAtWhoeverDidIt()
    {
        var events = Code("Estonia will close two crossings on its border with Russia on Friday. The Kremlin condemned the closures as unfriendly.");
        var condemnation = Assert.Single(events, e => e.Category.Type == "ACCUSE");
        Assert.Equal("EST", Assert.Single(condemnation.Recipients).Code);
    }

    [Theory]
    [InlineData("Vilnius has never sent troops to Kyiv, despite pressure from Washington.", "REQUEST", "LTU")]
    [InlineData("Kyiv had proposed a ceasefire, which Moscow rejected on Monday.", "REJECT", "UKR")]
    [InlineData("Lithuania recalled its ambassador from Belarus on Monday.", "SANCTION", "BLR")]
    [InlineData("Serbia closed the border on Sunday, prompting Kosovo to impose new tariffs.", "SANCTION", "SRB")]
    [InlineData("The Lithuanian foreign minister warned that Lithuania would expel Belarusian diplomats.", "THREATEN", "BLR")]
    [InlineData("The Hungarian government approved Sweden's NATO membership on Monday.", "SUPPORT", "SWE")]
    [InlineData("Norway has provided more than 200 million euros in humanitarian assistance to Sudan.", "AID", "SDN")]
    [InlineData("Washington threatened new tariffs on Monday before Ankara relented.", "CONCEDE", "USA")]
    [InlineData("Kenya signed the accord on Monday, but it could collapse if Uganda refuses to ratify it.", "REJECT", "")]
    [InlineData("Kenya and Somalia signed a border accord on Monday, with Qatar acting as mediator.", "CONSULT", "KEN+SOM")]
    [InlineData("Ethiopian troops left Mogadishu in 2009, two years before Al-Shabaab took control of the city.", "COERCE", "SOM")]
    [InlineData("Norway and Sweden share intelligence on organised crime under a 2019 arrangement.", "COOPERATE", "")]
    [InlineData("Kenya endorsed a trade deal with China, President William Ruto said.", "SUPPORT", "CHN")]
    [InlineData("Germany pledged new aid to Ukraine, Moldova and other partners in the region.", "AGREE", "UKR+MDA")]
    [InlineData("Ukraine's envoy, the special adviser for Poland and Lithuania, held talks with Turkish officials in Ankara on Monday.", "CONSULT", "TUR")]
    [InlineData("Belarus flew drones over the border on Monday, and Vilnius warned of tough measures in response.", "THREATEN", "BLR")]
    [InlineData("Thousands of protesters gathered outside the parliament in Vilnius on Sunday, demanding that Belarusian troops leave the border area.", "PROTEST", "BLR")]
    [InlineData("Students staged a sit-in at the ministry in Vilnius, demanding the release of Belarusian activist Ales Bialiatski.", "PROTEST", "")]
    [InlineData("Belarus cut its ties with the OSCE on Monday, barring its monitors from the border.", "REJECT", "OSCE")]
    public void TheRecipient_IsFoundWhereTheSentenceNamesIt(string text, string type, string recipient) =>
        Assert.Equal(recipient, string.Join("+", Only(text, type).Recipients.Select(r => r.Code)));

    [Fact]
    public void AParticipleClause_IsDoneByTheSubjectOfTheMainClause()
    {
        // The attack by protesters is a riot too (RiotByCrowdsTests); the looting is the event under test here.
        const string text = "Protesters in Kinshasa attacked the embassies of Rwanda and France, setting fires and looting offices.";
        var looting = Assert.Single(Code(text), e => e.Category.Type == "PROTEST" && text[e.Trigger.Start..e.Trigger.End].StartsWith("looting", StringComparison.Ordinal));
        Assert.Equal("COD", Assert.Single(looting.Actors).Code);
        Assert.NotEmpty(Code("Looting spread across Kinshasa on Tuesday."));
    }

    [Fact]
    public void ACooperativeEvent_IsNotDoneToItsOwnActor_ButConflictWithinACountryKeepsBothSides()
    {
        var pledge = Only("Washington on Monday pledged to keep Washington's unwavering support for allies.", "AGREE");
        Assert.DoesNotContain(pledge.Recipients, r => r.Code == "USA");
        var crackdown = Only("Kenyan police detained dozens of protesters in Nairobi on Tuesday.", "COERCE");
        Assert.Equal("KEN", Assert.Single(crackdown.Recipients).Code);
    }

    [Fact]
    public void AListInsideAPrepositionalPhrase_IsNotTheSubject()
    {
        var e = Only("Keith Kellogg, the U.S. envoy for Ukraine and Russia, held talks with Polish officials in Warsaw on Monday.", "CONSULT");
        Assert.Equal("USA", Assert.Single(e.Actors.Select(a => a.Code).Distinct()));
    }

    [Fact]
    public void TwoActsOfOneSentence_DoNotBothJoinTheHeadline()
    {
        var events = Code("U.S. envoy Keith Kellogg meets Zelensky in Kyiv\n\nU.S. envoy Keith Kellogg held talks with President Volodymyr Zelensky in Kyiv on Thursday, a day after arriving in the Ukrainian capital by train.");
        Assert.Equal(2, events.Count(e => e.Category.Type == "CONSULT"));
    }

    [Fact]
    public void FutureCooperation_IsCodedAgree_ButKeepsItsType()
    {
        var e = Only("Germany will deliver four more air defence systems to Ukraine.", "AID");
        Assert.Equal(EventModality.Future, e.Modality);
        Assert.Equal("AGREE", e.PloverCategory.Type);
        Assert.Equal("UKR", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void TheContentOfAnAccusation_IsHypothetical()
    {
        var attack = Only("Moscow accused Kyiv of attacking a power plant in Kursk.", "ASSAULT");
        Assert.Equal(EventModality.Hypothetical, attack.Modality);
        Assert.Equal(EventModality.Asserted, Only("Moscow accused Kyiv of attacking a power plant in Kursk.", "ACCUSE").Modality);
    }

    [Fact]
    public void MoneyAndCasualties_AreQuantitiesOfTheirEvent()
    {
        var aid = Code("The United States pledged $1.5bn in military aid to Ukraine.").Single(e => e.Category.Type == "AGREE");
        var money = Assert.Single(aid.Quantities);
        Assert.Equal((1_500_000_000m, "USD"), (money.Value, money.Unit));
        Assert.Equal("1500000000", money.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var strike = Only("A Russian missile struck Sumy on Sunday, killing 11 civilians.", "ASSAULT");
        Assert.Contains(strike.Quantities, q => q is { Value: 11, Unit: "killed" });
    }

    [Fact]
    public void Money_GoesToTheActOfGiving_EvenWhenAnotherActIsNearer()
    {
        var events = Code("President Joe Biden on Wednesday signed into law a $95 billion package that provides military aid to Ukraine.");
        var aid = Assert.Single(events, e => e.PloverCategory.Type == "AID");
        var money = Assert.Single(aid.Quantities);
        Assert.Equal((95_000_000_000m, "USD"), (money.Value, money.Unit));
        Assert.All(events.Where(e => e != aid), e => Assert.Empty(e.Quantities));
    }

    [Fact]
    public void APledgeToldBesideAVisit_IsMadeToTheHost_ButOneWithItsOwnRecipientKeepsIt()
    {
        var pledge = Only("Biden makes unannounced trip to Kyiv, pledges $500 million in new aid", "AGREE");
        Assert.Equal("UKR", Assert.Single(pledge.Recipients).Code);
        var other = Only("Biden made an unannounced trip to Kyiv and pledged $500 million in aid to Moldova.", "AGREE");
        Assert.Equal("MDA", Assert.Single(other.Recipients).Code);
    }

    [Fact]
    public void MoneyAHostUnveilsBesideAVisit_GoesToTheVisitor_ButWhatItAgreesWithThemHasNoRecipient()
    {
        var package = Only("Volodymyr Zelensky met Joe Biden at the White House on Wednesday as the administration unveiled $1.85 billion in new security assistance.", "AGREE");
        Assert.Equal("UKR", Assert.Single(package.Recipients).Code);
        var plan = Only("Keir Starmer hosted Volodymyr Zelensky in London on Sunday, and the British government agreed to draft a peace plan.", "AGREE");
        Assert.Empty(plan.Recipients);
    }

    // Soldiers count as troops unless the sentence says their fate; other people by what befell them or what they did.
    [Theory]
    [InlineData("Germany deployed 4,800 soldiers to Lithuania on Monday.", "MOBILIZE", 4800, "troops")]
    [InlineData("Militants ambushed a convoy in Niger on Tuesday, and 17 soldiers were killed.", "ASSAULT", 17, "killed")]
    [InlineData("Police in Tbilisi detained 300 people overnight.", "COERCE", 300, "arrested")]
    [InlineData("About 5,000 people rallied outside parliament in Belgrade on Sunday.", "PROTEST", 5000, "protesters")]
    [InlineData("Soldiers shot dead 14 protesters in Nairobi on Tuesday.", "ASSAULT", 14, "killed")]
    public void PeopleCount_AsWhatBefellThemOrWhatTheyDid(string text, string type, int value, string unit)
    {
        var quantity = Assert.Single(Only(text, type).Quantities);
        Assert.Equal((value, unit), ((int)quantity.Value, quantity.Unit));
    }

    [Fact]
    public void TheDead_GoToTheAttack_EvenWhenAnotherActIsNearer()
    {
        var events = Code("Guinea's interior minister resigned on Monday after troops fired on a march in Conakry, where 12 people protesting fuel prices died.");
        var attack = Assert.Single(events, e => e.PloverCategory.Type == "ASSAULT");
        Assert.Contains(attack.Quantities, q => q is { Value: 12, Unit: "killed" });
        Assert.All(events.Where(e => e != attack), e => Assert.DoesNotContain(e.Quantities, q => q.Unit == "killed"));
    }

    [Fact]
    public void EachCountOfPeople_TakesTheFateNearestIt()
    {
        var strike = Only("A Russian drone hit a bus near Kherson on Monday, killing nine people and wounding 12 others.", "ASSAULT");
        Assert.Contains(strike.Quantities, q => q is { Value: 9, Unit: "killed" });
        Assert.Contains(strike.Quantities, q => q is { Value: 12, Unit: "wounded" });
    }

    [Fact]
    public void ACurrencySymbol_OpensTheAmountAfterIt()
    {
        var deal = Only("European Union leaders agreed to a €50 billion package of support for Ukraine.", "AGREE");
        var money = Assert.Single(deal.Quantities);
        Assert.Equal((50_000_000_000m, "EUR"), (money.Value, money.Unit));
    }

    [Fact]
    public void TheSameEventToldTwice_IsOneEventWithTwoEvidenceSpans()
    {
        var events = Code("The Latvian president arrived in Kyiv on Monday. The visit was the first since the election.");
        var visit = Assert.Single(events, e => e.Category.Type == "CONSULT");
        Assert.Equal(2, visit.Evidence.Count);
    }

    [Fact]
    public void Confidence_GrowsWithEvidence()
    {
        var once = Assert.Single(Code("The Latvian president arrived in Kyiv."), e => e.Category.Type == "CONSULT");
        var twice = Assert.Single(Code("The Latvian president arrived in Kyiv. The visit was brief."), e => e.Category.Type == "CONSULT");
        Assert.True(twice.Confidence > once.Confidence, $"{twice.Confidence} ≤ {once.Confidence}");
    }

    [Fact]
    public void AClauseAfterAfter_HasItsOwnSubject()
    {
        var e = Only("Chile recalled its ambassador after gunmen attacked the embassy in Lima.", "ASSAULT");
        Assert.Equal("REB", Assert.Single(e.Actors).Sector);
    }

    [Theory]
    [InlineData("Belarusian police detained dozens of people on Sunday.", "BLR")]
    [InlineData("Gunmen killed twelve people on Sunday, officials in Goma said.", "COD")]
    public void UnnamedPeople_AreThoseOfTheSceneOrOfTheirOwnPolice(string text, string country)
    {
        var e = Assert.Single(Code(text), e => e.Category.Type is "COERCE" or "ASSAULT");
        var people = Assert.Single(e.Recipients);
        Assert.Equal(country, people.Code);
        Assert.Equal("CVL", people.Sector);
    }

    [Fact]
    public void UnnamedPeople_OfAForeignArmyWithNoPlace_StayUnknown() =>
        Assert.Empty(Only("Russian troops killed twelve people on Sunday.", "ASSAULT").Recipients);

    [Theory]
    [InlineData("Sudan said it would not send a delegation to the talks in Geneva.")]
    [InlineData("Norway said it would resume fuel deliveries to Kyiv after the Oslo meeting.")]
    [InlineData("Poland lifted its grain ban ahead of the Warsaw talks.")]
    public void AMeetingNamedOnlyAsASettingOrATime_IsNoEventOfItsOwn(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Category.Type == "CONSULT");

    [Theory]
    [InlineData("Bolivia broke off relations with Chile on Friday, calling its government racist.", "ACCUSE", "allege")]
    [InlineData("A school in Sumy was hit by a Russian missile on Monday.", "ASSAULT", "heavy-weapons")]
    [InlineData("Ukrainian sea drones sank a Russian patrol ship off Crimea on Tuesday.", "ASSAULT", null)]
    [InlineData("A cargo ship severed a data cable between Latvia and Sweden on Sunday.", "ASSAULT", "destroy")]
    [InlineData("Hackers working for North Korea broke into the email accounts of South Korean officials.", "COERCE", "cyber")]
    [InlineData("Poland will permanently station an armoured brigade in Estonia from 2027.", "MOBILIZE", "troops")]
    [InlineData("A truce between Armenia and Azerbaijan took hold on Friday.", "RETREAT", "ceasefire")]
    [InlineData("The UN Security Council held an emergency session on Sunday.", "CONSULT", "multilateral")]
    [InlineData("Thousands fled Khartoum after weeks of fighting between the army and the RSF.", "ASSAULT", "heavy-weapons")]
    [InlineData("Mali ordered two French diplomats to leave the country within 72 hours on Monday.", "SANCTION", "expel")]
    [InlineData("The army ordered residents not to return to the border villages.", "COERCE", "restrict")]
    [InlineData("Thousands of residents fled their homes near the Lebanese border on Sunday.", "SANCTION", "expel")]
    [InlineData("Russian shelling forced families from their homes in Kherson.", "SANCTION", "expel")]
    [InlineData("Moscow sent reserves to the Kursk region on Wednesday.", "MOBILIZE", "troops")]
    public void TheCueLexicon_CodesTheseWordings(string text, string type, string? mode) =>
        Assert.Equal(mode, Only(text, type).Category.Mode);

    [Theory]
    [InlineData("Armenia said on Monday it was ready to accept the border commission's proposal.")]
    [InlineData("Moscow said it was willing to continue contacts with Washington.")]
    public void DeclaredReadinessToCooperate_IsAnAgreementMade(string text) =>
        Assert.Equal(EventModality.Asserted, Only(text, "AGREE").Modality);

    [Theory]
    [InlineData("Spain said it would not need to spend more than 2.1 percent to meet its commitments.", "CONSULT")]
    [InlineData("Several countries found the new goal hard to meet, officials said.", "CONSULT")]
    [InlineData("The finance ministry raised taxes to meet targets agreed with the IMF.", "CONSULT")]
    [InlineData("Details of the deal were not released.", "RETREAT")]
    [InlineData("Zelensky presented the lawmakers with a battle flag signed by Ukrainian soldiers fighting near Bakhmut.", "ASSAULT")]
    public void WordsThatOnlyLookLikeACue_NameNoEvent(string text, string type) =>
        Assert.DoesNotContain(Code(text), e => e.Category.Type == type);

    [Fact]
    public void AMeetingInAPhraseThatNamesItsParties_IsAnEvent() =>
        Assert.Contains(Code("Sweden raised energy prices on Tuesday at a meeting of Nordic foreign ministers in Oslo."), e => e.Category.Type == "CONSULT");

    [Fact]
    public void TheConditionOfAThreat_IsNoEventOfItsOwn()
    {
        var strike = Assert.Single(Code("Putin warned that Russia would strike Kyiv if Ukraine attacked Crimea."), e => e.Category.Type == "ASSAULT");
        Assert.Equal(EventModality.Future, strike.Modality);
        Assert.Equal("RUS", Assert.Single(strike.Actors).Code);
    }

    [Theory]
    [InlineData("The minister said the talks with Belarus could take place in Vilnius.", EventModality.Hypothetical)]
    [InlineData("A meeting between Lithuanian and Polish officials may soon take place, diplomats said.", EventModality.Hypothetical)]
    [InlineData("The talks with Belarus will go ahead in Vilnius, the minister said.", EventModality.Future)]
    [InlineData("The planned talks with Belarus may not take place at all, the minister said.", EventModality.Hypothetical)]
    public void AModalThatSaysWhetherANamedEventHappens_GovernsIt(string text, EventModality modality) =>
        Assert.Equal(modality, Only(text, "CONSULT").Modality);

    [Fact]
    public void WhatAnAccuserCondemns_IsAnothersAct()
    {
        var loan = Only("The European Union agreed on Thursday to lend Ukraine 90 billion euros. Moscow denounced the loan plan as theft.", "AID");
        Assert.DoesNotContain(loan.Actors, a => a.Code == "RUS");
    }

    [Fact]
    public void WhatAProtestDemands_IsItsTopic_NotAnEventOfItsOwn() =>
        Assert.Equal(["PROTEST"], Code("Thousands of protesters gathered outside the parliament in Vilnius on Sunday, demanding that Belarusian troops leave the border area.")
            .Select(e => e.Category.Type));

    [Fact]
    public void ADemandMadeInAClauseOfItsOwn_IsARequest() =>
        Assert.Contains(Code("Lithuanian union leaders said they would keep protesting and demanded that the government resign."), e => e.Category.Type == "REQUEST");

    [Theory]
    [InlineData("Lithuania warned that the winter would be hard for the refugees.", false)]
    [InlineData("Other governments warn that differences between partners could slow progress.", false)]
    [InlineData("Lithuania warned that Minsk would face new sanctions.", true)]
    [InlineData("Lithuania warned that it would respond to any provocation.", true)]
    public void AWarning_IsAThreatOnlyWhenAPartyIsToAct(string text, bool threat) =>
        Assert.Equal(threat, Code(text).Any(e => e.Category.Type == "THREATEN"));

    [Fact]
    public void TheConditionOfSpeculation_IsAHypotheticalEvent() =>
        Assert.Equal(EventModality.Hypothetical,
            Only("Ukraine could be forced to abandon Pokrovsk if Russian assaults continue.", "ASSAULT").Modality);

    [Theory]
    [InlineData("A Russian missile strike on the station killed four people on Monday.")]
    [InlineData("Four soldiers were killed in a drone attack on the base on Monday.")]
    public void WhatAnAttackDid_IsThatAttack_NotAnotherEvent(string text) =>
        Assert.Single(Code(text), e => e.Category.Type == "ASSAULT");

    [Fact]
    public void TheForcesAMobilisationMoves_AreNotItsRecipient()
    {
        var e = Only("Venezuela began calling up militia members on Monday.", "MOBILIZE");
        Assert.Equal("VEN", Assert.Single(e.Actors).Code);
        Assert.Empty(e.Recipients);
    }

    [Fact]
    public void AVerbJoinedToASpeechVerb_IsTheSpeakersAct_NotTheReportedClauseSubjects()
    {
        var e = Only("U.S. President Donald Trump and Russian President Vladimir Putin held talks in Alaska on Friday. " +
            "Putin said the two sides had reached an understanding and warned Kyiv not to torpedo the progress.", "THREATEN");
        Assert.Equal(["RUS"], e.Actors.Select(a => a.Code));
        Assert.Equal(["UKR"], e.Recipients.Select(r => r.Code));
    }
    [Theory]
    [InlineData("Estonia accused Russia of jamming GPS signals over the Baltic and said it would summon the Russian envoy.", "ACCUSE", null)]
    [InlineData("Friedrich Merz, the German chancellor, said Berlin would send more air defence systems to Ukraine.", "AID", "Friedrich Merz, the German chancellor, said")]
    [InlineData("Analysts believe Moscow could launch a new offensive in the spring.", "ASSAULT", "Analysts believe")]
    [InlineData("Poland said it condemned the Belarusian drone flights.", "ACCUSE", null)]
    [InlineData("Lithuania said Belarusian drones had attacked a border post.", "ASSAULT", "Lithuania said")]
    public void TheAttribution_IsTheSourceOfTheEvent_NotAnotherActOfItsSubject(string text, string type, string? attribution)
    {
        // The first event of the type: the one the sentence opens with.
        var e = Code(text).First(e => e.Category.Type == type);
        Assert.Equal(attribution, e.Attribution is { } span ? text[span.Start..span.End] : null);
    }

    [Fact]
    public void AGerundAfterOn_IsTheTopicOfTheEventBefore_AndNamesItsRecipient()
    {
        var events = Code("Georgia froze talks on joining the European Union.");
        Assert.DoesNotContain(events, e => e.Category.Type == "COOPERATE");
        Assert.Equal("EU", Assert.Single(Assert.Single(events, e => e.Category.Type == "REJECT").Recipients).Code);
    }

    [Fact]
    public void AGerund_TakesItsObjectAsAVerbDoes() =>
        Assert.Equal("UKR", Assert.Single(Only("Russian forces were accused of killing Ukrainian civilians near Bucha.", "ASSAULT").Recipients).Code);

    [Fact]
    public void ANameHyphenedToTheNextWord_OnlyDescribesTheObject()
    {
        var e = Only("Armenia and Azerbaijan sign U.S.-brokered peace declaration", "SUPPORT");
        Assert.Equal(["ARM", "AZE"], e.Actors.Select(a => a.Code).Order());
        Assert.Empty(e.Recipients);
    }

    [Theory]
    [InlineData("Public support for joining NATO has grown in Finland.")]
    [InlineData("The hopes of reaching a deal faded in Brussels.")]
    public void AGerundThatSaysWhatANounIsAbout_TellsNoEvent(string text) =>
        Assert.DoesNotContain(Code(text), e => e.Modality == EventModality.Asserted);

    [Fact]
    public void WhatACountryReceives_ItsGiverGives()
    {
        var e = Only("Ukraine received $1.1 billion from the International Monetary Fund on Friday.", "AID");
        Assert.Equal("IMF", Assert.Single(e.Actors).Code);
        Assert.Equal("UKR", Assert.Single(e.Recipients).Code);
    }

    [Fact]
    public void AStatementToldTwiceInASentence_IsOneEvent()
    {
        var e = Only("Lithuania condemned the Belarusian drone flights on Monday, calling them a deliberate provocation.", "ACCUSE");
        Assert.Equal("LTU", Assert.Single(e.Actors).Code);
        Assert.Equal(2, e.Evidence.Count);
    }

    [Fact]
    public void AnAccusationsContent_EndsAtAVerbOfSayingJoinedByAnd()
    {
        var e = Only("Lithuania accused Belarus of sending migrants across the border and said it would close two crossings.", "COERCE");
        Assert.Equal(EventModality.Future, e.Modality);
    }

    [Theory]
    [InlineData("Poland closed its border with Belarus, a day after Minsk began military drills on Friday.", "COERCE", null)]
    [InlineData("Poland closed its border with Belarus, a day after Minsk began military drills on Friday.", "MOBILIZE", "2025-03-07")]
    [InlineData("Belarus began military drills on Friday, shelling targets near the border.", "ASSAULT", "2025-03-07")]
    [InlineData("On Friday, Poland closed its border with Belarus.", "COERCE", "2025-03-07")]
    public void ADate_DatesTheActOfItsOwnClause(string text, string type, string? date) =>
        Assert.Equal(date, Code(text).First(e => e.Category.Type == type).Date?.Time?.Value);

    [Fact]
    public void AnUndatedActInASentenceSetYearsBack_IsBackground() =>
        Assert.Equal(EventModality.Historical,
            Only("Riot police detained hundreds of students during the unrest that followed the disputed election in August 2020.", "COERCE").Modality);

    [Theory]
    [InlineData("The Kremlin denied orchestrating the flow of migrants and condemned the border closures.", "ACCUSE", EventModality.Asserted)]
    [InlineData("Moscow denied that its jets had attacked the village.", "ASSAULT", EventModality.Negated)]
    public void ADenial_DeniesItsObject_NotAnotherActJoinedToIt(string text, string type, EventModality modality) =>
        Assert.Equal(modality, Code(text).First(e => e.Category.Type == type).Modality);

    [Theory]
    [InlineData("Polish officials said they had not been told of the plan and had asked Kyiv for an explanation.", "REQUEST", EventModality.Asserted)]
    [InlineData("Hungary did not sign the statement but called on Russia to withdraw its troops.", "REQUEST", EventModality.Asserted)]
    [InlineData("The army did not shell and storm the town, the ministry said.", "ASSAULT", EventModality.Negated)]
    public void ANegation_DoesNotReachAPredicateOfItsOwnAfterAndOrBut(string text, string type, EventModality modality) =>
        Assert.Equal(modality, Code(text).First(e => e.Category.Type == type).Modality);
}
