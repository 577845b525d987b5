using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

public sealed class EntityRecognizerTests
{
    private const string Published = "2025-02-19";

    private static (string Text, ActorReference Actor)[] Actors(string sentence, string published = Published) =>
        Pipelines.Mentions(sentence, MentionKind.Actor, published).Select(m => (m.Text, m.Mention.Actor!)).ToArray();

    private static (string Text, PlaceReference Place)[] Places(string sentence) =>
        Pipelines.Mentions(sentence, MentionKind.Place, Published).Select(m => (m.Text, m.Mention.Place!)).ToArray();

    [Theory]
    [InlineData("The US Envoy arrived.", "US Envoy", "USA", "GOV")]
    [InlineData("Polish troops crossed the river.", "Polish troops", "POL", "MIL")]
    [InlineData("Ukraine's parliament voted on Tuesday.", "Ukraine's parliament", "UKR", "LEG")]
    [InlineData("Kyiv said the talks were useful.", "Kyiv", "UKR", "GOV")]
    [InlineData("The Kremlin rejected the plan.", "Kremlin", "RUS", "GOV")]
    [InlineData("The Pentagon announced a package.", "Pentagon", "USA", "MIL")]
    [InlineData("China warned against the visit.", "China", "CHN", "GOV")]
    [InlineData("Hamas released two hostages.", "Hamas", "PSE", "REB")]
    [InlineData("NATO leaders gathered.", "NATO leaders", "NATO", "IGO")]
    [InlineData("Ukrainians queued for water.", "Ukrainians", "UKR", "CVL")]
    [InlineData("The Soviet Union protested in 1979.", "Soviet Union", "RUS", "GOV")]
    [InlineData("Yugoslavia broke apart in the 1990s.", "Yugoslavia", "SRB", "GOV")]
    [InlineData("Western officials said the drones were Iranian-made.", "Western officials", "WST", "GOV")]
    [InlineData("Gulf states pledged aid.", "Gulf states", "PGS", "GOV")]
    [InlineData("Tigrayan forces captured the town.", "Tigrayan forces", "ETH", "REB")]
    [InlineData("Tigrayan civilians fled the town.", "Tigrayan civilians", "ETH", "CVL")]
    public void Actors_AreCodedWithCountryAndSector(string sentence, string text, string code, string sector)
    {
        var (found, actor) = Assert.Single(Actors(sentence));
        Assert.Equal(text, found);
        Assert.Equal(code, actor.Code);
        Assert.Equal(sector, actor.Sector);
    }

    [Fact]
    public void TitledPeople_ResolveToTheOfficeHolder()
    {
        var (text, actor) = Actors("Ukrainian President Volodymyr Zelensky addressed parliament by video.")[0];
        Assert.Equal("Ukrainian President Volodymyr Zelensky", text);
        Assert.Equal(("UKR", "GOV", "Volodymyr Zelensky", "president"), (actor.Code, actor.Sector, actor.Name, actor.Role));
    }

    [Theory]
    [InlineData("2023-06-01", "Joe Biden")]
    [InlineData("2025-06-01", "Donald Trump")]
    public void TheSameTitle_ResolvesByThePublicationDate(string published, string expected)
    {
        var actors = Actors("President Biden and President Trump were both named. The U.S. president spoke.", published);
        Assert.Contains(actors, a => a.Actor.Name == expected);
    }

    [Fact]
    public void ThePresident_AfterANamedPresident_IsThatPerson()
    {
        var actors = Actors("President Zelensky thanked the allies. The president said more air defence was needed.");
        Assert.Contains(actors, a => a.Text == "The president" && a.Actor.Name == "Volodymyr Zelensky" && a.Actor.Code == "UKR");
    }

    [Theory]
    [InlineData("2010-06-01", "prime minister")]
    [InlineData("2019-06-01", "president")]
    public void HistoricalTexts_ResolveToTheOfficeHeldThen(string published, string office)
    {
        var (_, actor) = Actors("Vladimir Putin met the delegation.", published)[0];
        Assert.Equal(("RUS", "Vladimir Putin", office), (actor.Code, actor.Name, actor.Role));
    }

    [Fact]
    public void DefiniteRoles_ReferBackToTheLastActorInThatRole()
    {
        var actors = Actors("The US Envoy arrived in Kyiv. The envoy met the prime minister.");
        Assert.Equal(("The envoy", "USA", "envoy"), (actors[1].Text, actors[1].Actor.Code, actors[1].Actor.Role));
    }

    [Fact]
    public void CompoundModifiers_MakeTwoActors()
    {
        var actors = Actors("Hungarian and Romanian officials met in Budapest.");
        Assert.Equal([("Hungarian", "HUN"), ("Romanian officials", "ROU")], actors.Select(a => (a.Text, a.Actor.Code)));
        Assert.All(actors, a => Assert.Equal("GOV", a.Actor.Sector));
    }

    [Theory]
    [InlineData("The envoy arrived in Kyiv on Monday.", "Kyiv", "UKR")]
    [InlineData("Shelling continued near Pokrovsk.", "Pokrovsk", "UKR")]
    [InlineData("Fighting raged in eastern Ukraine.", "eastern Ukraine", "UKR")]
    [InlineData("Crowds gathered in the Ukrainian capital.", "Ukrainian capital", "UKR")]
    [InlineData("Strikes hit Khan Younis overnight.", "Khan Younis", "PSE")]
    [InlineData("Clashes spread in East Azerbaijan province.", "East Azerbaijan province", "IRN")]
    [InlineData("Delegates gathered for the Kyiv Talks.", "Kyiv", "UKR")]
    [InlineData("A fire broke out in Paris.", "Paris", "FRA")]
    [InlineData("Drones struck a depot across the Dnipro River.", "Dnipro River", "UKR")]
    [InlineData("Fighters must withdraw north of the Litani River.", "Litani River", "LBN")]
    public void Places_AreLocatedWithTheirCountry(string sentence, string text, string country)
    {
        var (found, place) = Assert.Single(Places(sentence));
        Assert.Equal(text, found);
        Assert.Equal(country, place.Country);
        Assert.InRange(place.Latitude, -90, 90);
    }

    [Fact]
    public void ACountryAfterALocativeWord_IsAPlaceNotAnActor()
    {
        Assert.DoesNotContain(Actors("Troops remain in Ukraine."), a => a.Text == "Ukraine");
        Assert.Equal("UKR", Assert.Single(Places("Troops remain in Ukraine.")).Place.Country);
    }

    [Theory]
    [InlineData("US Envoy Arrives In Kyiv For Talks On Defense Upgrade", "Kyiv")]
    [InlineData("Strikes Pound Kharkiv As Russia Presses Offensive", "Kharkiv")]
    [InlineData("Syrian Rebels Enter Damascus After Assad Flees To Moscow", "Moscow")]
    public void TitleCaseHeadlines_KeepTheirPlaces(string headline, string place) =>
        Assert.Contains(Places(headline), p => p.Text == place);

    [Fact]
    public void TitleCaseHeadlines_MakeNoNamesOfCommonWords() =>
        Assert.Equal(["US Envoy"], Actors("US Envoy Arrives In Kyiv For Talks On Defense Upgrade").Select(a => a.Text));

    // Headline, then the actor it must name: its span, code and sector.
    public static TheoryData<string, (string, string, string)> HeadlineActors => new()
    {
        { "United Arab Emirates Hosts Sudan Talks In Abu Dhabi", ("United Arab Emirates", "ARE", "GOV") },
        { "Democratic Republic Of Congo Rejects Rwanda Proposal", ("Democratic Republic Of Congo", "COD", "GOV") },
        { "Bosnia And Herzegovina Police Arrest Suspects", ("Bosnia And Herzegovina Police", "BIH", "POL") },
        { "Polish Troops Head To Lithuanian Border", ("Polish Troops", "POL", "MIL") },
        { "Hungarian Minister Leads Talks In Baku", ("Hungarian Minister", "HUN", "GOV") },
    };

    [Theory]
    [MemberData(nameof(HeadlineActors))]
    public void TitleCaseHeadlines_KeepLongCountryNamesAndTakeNoVerbForARole(string headline, (string Text, string Code, string Sector) expected) =>
        Assert.Contains(expected, Actors(headline).Select(a => (a.Text, a.Actor.Code, a.Actor.Sector)));

    [Fact]
    public void ARoleNounUsedAsAVerbOfTravel_JoinsNoRoleRun() =>
        Assert.Equal(("Polish troops", "MIL"), Actors("Polish troops head to the Lithuanian border.").Select(a => (a.Text, a.Actor.Sector)).Single());

    [Theory]
    [InlineData("Ukrainian President Volodymyr Zelensky spoke in Brussels on Thursday. Police said 12 people were detained.")]
    [InlineData("Ukraine will get the money, Zelensky said. Outside, farmers threw eggs near the European Parliament. Police used water cannon.")]
    public void BarePolice_BelongToThePlaceInSight_NotToAnActorOfAnEarlierSentence(string text) =>
        Assert.Equal("BEL", Assert.Single(Actors(text), a => a.Text == "Police").Actor.Code);

    [Theory]
    [InlineData("The Knesset approved the bill on Monday.", "Knesset", "ISR", "Knesset")]
    [InlineData("Israel's Knesset approved the bill on Monday.", "Israel's Knesset", "ISR", "Knesset")]
    [InlineData("The Bundestag voted on Friday.", "Bundestag", "DEU", "Bundestag")]
    [InlineData("The U.S. Congress passed the package.", "U.S. Congress", "USA", "Congress")]
    public void AnInstitutionKnownByItsOwnName_IsNamed(string sentence, string text, string code, string name) =>
        Assert.Equal([(text, code, "LEG", name)], Actors(sentence).Select(a => (a.Text, a.Actor.Code, a.Actor.Sector, a.Actor.Name)));

    [Theory]
    [InlineData("A US destroyer shot down three drones over the Red Sea.")]
    [InlineData("UK jets joined the strikes on Thursday.")]
    [InlineData("US Destroyer Downs Houthi Drones Over Red Sea")]
    public void ACountryNameBeforeAWeaponShipOrAircraft_IsNoActor(string sentence) =>
        Assert.DoesNotContain(Actors(sentence), a => a.Text is "US" or "UK");

    [Fact]
    public void ANameSharedByTwoPeople_NoneInOffice_IsTheOneNearestInTime() =>
        Assert.Contains(Actors("Assad fled to Moscow.", "2024-12-09"), a => a.Actor.Name == "Bashar al-Assad");

    [Fact]
    public void ABuildingAfterALocativeWord_IsAPlace()
    {
        Assert.Equal("BEL", Assert.Single(Places("Farmers protested outside the European Parliament.")).Place.Country);
        Assert.Contains(Actors("The European Parliament approved the loan."), a => a.Text == "European Parliament" && a.Actor.Code == "EU");
    }

    [Theory]
    [InlineData("Hamas' military commander was killed in Rafah, the group said.", "PSE")]
    [InlineData("Houthi fighters fired a missile at a ship, the group said.", "YEM")]
    public void TheGroup_AfterAnArmedGroupNamedWithARole_IsThatGroup(string sentence, string code)
    {
        var actors = Actors(sentence);
        Assert.All(actors, a => Assert.Equal((code, "REB"), (a.Actor.Code, a.Actor.Sector)));
        Assert.Contains(actors, a => a.Text == "the group");
    }

    [Fact]
    public void AGroupNamedByItsRoleAlone_BelongsToTheCountryInPlay()
    {
        var actors = Actors("Russian forces shelled Kharkiv. The army said two targets were hit.");
        Assert.Contains(actors, a => a.Text == "army" && a.Actor.Code == "RUS" && a.Actor.Sector == "MIL");
    }

    [Fact]
    public void AModifierNoun_QualifyingAnotherNoun_IsNoActor() =>
        Assert.DoesNotContain(Actors("Chinese military drills continued near Taiwan."), a => a.Text.Contains("military", StringComparison.Ordinal));

    [Fact]
    public void PairAnaphors_ReferToTheLastTwoPeople()
    {
        var actors = Actors("President Biden met Polish President Andrzej Duda in Warsaw. White House officials said the two leaders spoke for an hour.", "2023-02-21");
        Assert.Equal(["Andrzej Duda", "Joe Biden"], actors.Where(a => a.Text == "the two leaders").Select(a => a.Actor.Name).Order());
    }

    [Theory]
    [InlineData("Israel and Iran traded strikes. Trump publicly rebuked both countries.", "both countries", "IRN ISR")]
    [InlineData("Turkey hosted Russia and Ukraine. Foreign Minister Hakan Fidan, who told both sides to talk, chaired.", "both sides", "RUS UKR")]
    public void PairAnaphors_AreNeverTheSubjectActingOnThem(string text, string anaphor, string expected) =>
        Assert.Equal(expected, string.Join(' ', Actors(text, "2025-05-16").Where(a => a.Text == anaphor).Select(a => a.Actor.Code).Order()));

    [Theory]
    [InlineData("Iran fired missiles, the Israeli military said. Rear Adm. Daniel Hagari said most were intercepted.", "Rear Adm. Daniel Hagari", "ISR MIL Daniel Hagari")]
    [InlineData("Both President Joe Biden and President-elect Donald Trump claimed credit.", "President-elect Donald Trump", "USA GOV Donald Trump")]
    [InlineData("Israel's security cabinet formally declared war.", "Israel's security cabinet", "ISR GOV ")]
    [InlineData("Hamas fired rockets a day after the Islamist group crossed the fence.", "the Islamist group", "PSE REB Hamas")]
    [InlineData("Sudanese civilian groups welcomed the declaration.", "Sudanese civilian groups", "SDN NGO ")]
    public void Actors_NamedWithTitlesAdjectivesAndAdverbs_AreFound(string sentence, string text, string expected) =>
        Assert.Equal(expected, Actors(sentence, "2025-01-15").Where(a => a.Text == text).Select(a => $"{a.Actor.Code} {a.Actor.Sector} {a.Actor.Name}").SingleOrDefault());

    [Theory]
    [InlineData("Presidents have tried to steady relations with Beijing for decades.", "Presidents")]
    [InlineData("The Arab League and the regional bloc IGAD called for talks.", "the regional bloc")]
    [InlineData("The Bank of Russia raised rates. Russia kept shelling Kherson from the opposite bank.", "the opposite bank")]
    public void GenericTitlesAppositionsAndRiverBanks_AreNoActors(string sentence, string text) =>
        Assert.DoesNotContain(Actors(sentence), a => a.Text == text);

    [Fact]
    public void ForeignGroups_AreNotTheCountryInPlay() =>
        Assert.DoesNotContain(Actors("M23 rebels entered Goma in Congo. At least 13 foreign soldiers were killed."), a => a.Text.Contains("soldiers", StringComparison.Ordinal));

    [Fact]
    public void APeoplePair_TakenUpAgain_IsThePairBefore_NotSomeoneNamedInBetween()
    {
        var actors = Actors("President Joe Biden and Chinese leader Xi Jinping agreed on Wednesday to reopen military talks. The two leaders met for four hours.\n\n" +
            "The talks included a working lunch.\n\nChina had suspended the talks after then-House Speaker Nancy Pelosi visited Taiwan.\n\n" +
            "U.S. officials had argued for the contacts.\n\nMr. Biden told reporters the meeting was among the best the two men had held.", "2023-11-16");
        Assert.Equal(["Joe Biden", "Xi Jinping"], actors.Where(a => a.Text == "the two men").Select(a => a.Actor.Name).Order());
    }

    [Fact]
    public void PairAnaphors_AfterAVerbAndItsObject_MayIncludeTheSubject()
    {
        var actors = Actors("President Biden met Polish President Andrzej Duda in Warsaw. Biden told reporters the two men had agreed.", "2023-02-21");
        Assert.Equal(["Andrzej Duda", "Joe Biden"], actors.Where(a => a.Text == "the two men").Select(a => a.Actor.Name).Order());
    }

    [Fact]
    public void PlacesJoinedToAPlace_ArePlacesToo()
    {
        var places = Places("He flew to the Marshall Islands, Tuvalu and Palau.");
        Assert.Equal(["MHL", "TUV", "PLW"], places.Select(p => p.Place.Country));
    }

    [Fact]
    public void AnAmbiguousName_LeansOnThePlacesTheDocumentNames()
    {
        Assert.Equal("GEO", Assert.Single(Places("Protests continued in Georgia.")).Place.Country);
        Assert.Equal("USA", Places("Voters lined up in Atlanta and across Georgia.").Last().Place.Country);
    }

    [Fact]
    public void APlaceQualifiedByItsRegion_IsThePlaceThere()
    {
        Assert.Equal(["USA", "USA"], Places("A rodeo drew crowds in Paris, Texas, on Saturday.").Select(p => p.Place.Country));
        Assert.Equal("LBN", Places("Shelling hit Tripoli, Lebanon.")[0].Place.Country);
    }

    [Fact]
    public void ADefiniteTitle_WithoutAntecedent_IsTheOfficeHolderOfTheCountryInPlay()
    {
        var actors = Actors("Downing Street said the prime minister had called Kyiv.", "2025-02-24");
        Assert.Contains(actors, a => a.Text == "the prime minister" && a.Actor.Name == "Keir Starmer");
    }

    [Fact]
    public void ARoleAfterAVerbAndAs_IsAPredicateNotANewActor() =>
        Assert.DoesNotContain(Actors("Lai Ching-te was sworn in as Taiwan's president on Monday.", "2024-05-20"), a => a.Text.Contains("president", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Trump administration said it would respond.", "Trump administration", "USA", null)]
    [InlineData("Zelensky's chief of staff Andriy Yermak met him.", "Zelensky's chief of staff Andriy Yermak", "UKR", "Andriy Yermak")]
    public void APersonNamingAnInstitutionOrAnAide_GivesItTheirCountry(string sentence, string text, string code, string? name)
    {
        var (found, actor) = Actors(sentence, "2025-03-01")[0];
        Assert.Equal((text, code, name), (found, actor.Code, actor.Name));
    }

    [Fact]
    public void AnUnknownPersonWithATitleOnlyOneCountryHas_BelongsToThatCountry()
    {
        var (text, actor) = Actors("High Representative Ana Example spoke to reporters in Kyiv.", "2030-01-01")[0];
        Assert.Equal(("High Representative Ana Example", "EU", "Ana Example"), (text, actor.Code, actor.Name));
    }

    [Fact]
    public void ADemonymAlone_IsNoActor() =>
        Assert.Empty(Actors("Ukrainian sovereignty is not negotiable."));

    [Theory]
    [InlineData("Floods hit Taizhou in Jiangsu on Monday.", "Jiangsu")]
    [InlineData("Floods hit Taizhou in Zhejiang on Monday.", "Zhejiang")]
    public void ASameNamedCity_IsTheOneInTheRegionNamedAfterIt(string sentence, string province) =>
        Assert.Equal(province, Places(sentence)[0].Place.Admin1);

    [Theory]
    [InlineData("DOHA, Jan 15 (Parley Wire) - Talks resumed.", "DOHA", "QAT")]
    [InlineData("WASHINGTON/LONDON, Jan 11 (Parley Wire) - Strikes began.", "LONDON", "GBR")]
    [InlineData("ANCHORAGE, Alaska (Parley Wire) — The leaders met.", "ANCHORAGE", "USA")]
    [InlineData("SMALLVILLE, Alaska (Parley Wire) — The leaders met.", "SMALLVILLE", "USA")]
    [InlineData("CAMP DAVID, Md., Aug 18 (Parley Wire) - The leaders met.", "CAMP DAVID", "USA")]
    public void DatelinePlaces_InCapitals_ArePlaces(string text, string place, string country) =>
        Assert.Contains(Places(text), p => p.Text == place && p.Place.Country == country);

    [Theory]
    [InlineData("Officials in Washington declined to comment.", "Officials", "USA")]
    [InlineData("Troops from South Africa guarded the airport.", "Troops", "ZAF")]
    [InlineData("Protesters gathered outside the French embassy.", "French embassy", "FRA")]
    public void AGroupNamedWithItsPlaceOrDemonym_TakesThatCountry(string sentence, string text, string code) =>
        Assert.Contains(Actors(sentence), a => a.Text == text && a.Actor.Code == code);

    [Theory]
    [InlineData("Senate Majority Leader Sen. Chuck Schumer said no.", "Chuck Schumer")]
    [InlineData("Ms. Pelosi landed in Taipei late on Tuesday.", "Nancy Pelosi")]
    public void AbbreviatedTitlesAndHonorifics_ArePartOfTheTitleRun(string sentence, string name)
    {
        var actor = Assert.Single(Actors(sentence, "2022-08-03")).Actor;
        Assert.Equal(("USA", "LEG", name), (actor.Code, actor.Sector, actor.Name));
    }

    [Fact]
    public void LookAlikesOfRoleNouns_NameNoActor() =>
        Assert.Equal(["Kenya"], Actors("Kenya said on social media that artificial intelligence mattered.").Select(a => a.Text));

    [Fact]
    public void AnUnplacedGroup_BelongsToTheCountryTheStoryIsAbout_WhenItIsNamedFarMoreOften()
    {
        var actors = Actors("Iranian police detained dozens in Tehran, Mashhad and Shiraz on Monday, and British journalists reported it. " +
            "The authorities also blocked the internet.");
        Assert.Equal("IRN", Assert.Single(actors, a => a.Text == "authorities").Actor.Code);
    }

    [Fact]
    public void TheLeaders_OfASummit_AreItsOrganisation_NotOneOfThem() =>
        Assert.Equal("EU", Assert.Single(Actors("EU leaders met Orban on Thursday. The leaders agreed to a fund."), a => a.Text == "The leaders").Actor.Code);

    [Theory]
    [InlineData("Hamas-led fighters attacked the base.", "Hamas-led fighters", "PSE", "REB")]
    [InlineData("Russian-installed officials said the dam broke.", "Russian-installed officials", "RUS", "GOV")]
    public void AGroupLedOrInstalledByANamedActor_IsTheirs(string sentence, string text, string code, string sector)
    {
        var (found, actor) = Assert.Single(Actors(sentence));
        Assert.Equal((text, code, sector), (found, actor.Code, actor.Sector));
    }

    [Theory]
    [InlineData("Pelosi met President Tsai Ing-wen. At that meeting she said her congressional delegation had come to help.", "delegation", "USA")]
    [InlineData("Moscow said it had pulled back its remaining forces across the river.", "forces", "RUS")]
    public void AGroupAfterAPossessive_BelongsToThePossessor_AcrossModifiersAndPronouns(string sentence, string text, string code) =>
        Assert.Equal(code, Assert.Single(Actors(sentence, "2022-08-03"), a => a.Text == text).Actor.Code);

    [Fact]
    public void LocalAuthorities_BelongWhereThingsHappen_NotToTheLastActor() =>
        Assert.Equal("UKR", Assert.Single(Actors("Russian forces shelled the port. Water flooded parts of Kherson within hours, local authorities said."),
            a => a.Text == "local authorities").Actor.Code);

    [Fact]
    public void ATitle_DoesNotTakeUpAPersonNamedEarlierInItsSentence()
    {
        var actors = Actors("Mr. Biden welcomed his guest to the White House. Zelensky thanked the president for the aid.", "2022-12-21");
        Assert.Equal("Joe Biden", Assert.Single(actors, a => a.Text == "the president").Actor.Name);
    }

    [Fact]
    public void BothSides_OfAWarWithRebels_AreTheGovernmentAndTheRebels()
    {
        var actors = Actors("Ethiopia's government and the Tigray People's Liberation Front signed a truce, which the United States welcomed. " +
            "The TPLF and Ethiopia said commanders from both sides would meet.", "2022-11-02");
        Assert.Equal(["ETH/GOV", "ETH/REB"], actors.Where(a => a.Text == "both sides").Select(a => a.Actor.Code + "/" + a.Actor.Sector).Order());
    }

    [Fact]
    public void TheTwoCountries_AreTheStates_NotThePeopleWhoSpokeForThem()
    {
        var actors = Actors("President Joe Biden met Chinese leader Xi Jinping. The two countries agreed to talk.", "2023-11-15");
        Assert.All(actors.Where(a => a.Text == "The two countries"), a => Assert.Null(a.Actor.Name));
        Assert.Equal(["CHN", "USA"], actors.Where(a => a.Text == "The two countries").Select(a => a.Actor.Code).Order());
    }

    [Fact]
    public void ADefiniteGroupOfANamedCountry_IsThatCountrysNotAnAnaphor() =>
        Assert.Equal("MLI", Assert.Single(Actors("ECOWAS imposed sanctions on Niger. The military governments of neighbouring Mali objected."),
            a => a.Text.Contains("governments", StringComparison.Ordinal)).Actor.Code);

    [Fact]
    public void APlaceAfterAPersonAndOf_IsWhereTheyComeFrom()
    {
        var places = Places("House Speaker Mike Johnson called a vote in Washington. Rep. Marjorie Taylor Greene of Georgia objected.");
        Assert.Equal("USA", Assert.Single(places, p => p.Text == "Georgia").Place.Country);
    }

    [Fact]
    public void Its_BelongsToAStateOrInstitution_NotToAPluralGroup() =>
        Assert.Equal("ISR", Assert.Single(Actors("Israel releases Palestinian prisoners and its forces pull back from Gaza."), a => a.Text == "forces").Actor.Code);

    [Fact]
    public void UnplacedFighters_AreTheArmedGroupTheStoryNamed()
    {
        var actors = Actors("Hamas launched an attack on Israel on Saturday. Rockets fell on Tel Aviv and Jerusalem. Sirens sounded for hours. " +
            "Under that cover, fighters broke through the fence near Sderot.");
        Assert.Equal("PSE", Assert.Single(actors, a => a.Text == "fighters").Actor.Code);
    }

    [Fact]
    public void AMonthWithoutAYear_InThePastPerfect_IsTheLastOne()
    {
        var dates = Pipelines.Mentions("Biden said the deal followed the framework he had set out in May.", MentionKind.Date, "2025-01-15");
        Assert.Equal("2024-05", Assert.Single(dates).Mention.Time!.Value);
    }

    [Fact]
    public void EitherSide_NamesBothParties()
    {
        var actors = Actors("Russia and Ukraine met in Istanbul. Neither delegation said whether either side would compromise.");
        Assert.Equal(["RUS", "UKR"], actors.Where(a => a.Text == "either side").Select(a => a.Actor.Code).Order());
    }

    [Fact]
    public void TheCrowds_AreNoOrganisationNamedBefore() =>
        Assert.DoesNotContain(Actors("Farmers set fires near the European Parliament. Police used water cannon to disperse the crowds."),
            a => a.Text.Contains("crowds", StringComparison.Ordinal) && a.Actor.Sector == "IGO");

    [Fact]
    public void TheRegionOfADateline_IsPartOfTheDateline()
    {
        var places = Pipelines.Mentions("ANCHORAGE, Alaska (Parley Wire) — The leaders met at a base in Alaska.", MentionKind.Place, Published);
        Assert.Equal([true, true, false], places.Select(p => p.Mention.IsDateline));
    }

    [Fact]
    public void PoliceWithNoCountryInSight_AreWhereTheStoryWasFiled()
    {
        var actors = Actors("BRUSSELS, Feb. 1 (Parley Wire) — EU leaders met. Police used water cannon to disperse the crowds.");
        Assert.Equal("BEL", Assert.Single(actors, a => a.Text == "Police").Actor.Code);
    }

    [Fact]
    public void ASeaOwnsNoGroup() =>
        Assert.DoesNotContain(Actors("Baltic states expelled Russian diplomats."), a => a.Text.Contains("Baltic", StringComparison.Ordinal));

    [Fact]
    public void AGroupWithOnlyAPlaceInSight_IsTheStorysWhenTheStoryNamesItFarMoreOften()
    {
        var actors = Actors("President Joe Biden visited Kyiv. Mr. Biden met the U.S. ambassador. Washington announced aid. " +
            "Analysts said the timing was meant to counter any expectation in Moscow. Further packages were likely, officials said.", "2023-02-20");
        Assert.Equal("USA", Assert.Single(actors, a => a.Text == "officials").Actor.Code);
    }

    [Theory]
    [InlineData("The president also said new sanctions on Russian elites and companies would follow.", "companies", "RUS")]
    [InlineData("Israel launched air strikes on Iranian nuclear facilities, missile sites and military commanders.", "military commanders", "IRN")]
    [InlineData("Iran's morality police detained her. The U.S. imposed sanctions on the morality police and several senior security officials.", "officials", "IRN")]
    public void AGroupListedAfterAnother_SharesItsOwner(string text, string group, string code) =>
        Assert.Equal(code, Actors(text, "2023-02-20").Last(a => a.Text == group).Actor.Code);

    [Fact]
    public void AGroupAfterAVerbAndAPreposition_IsNoConjunctOfTheSubject() =>
        Assert.DoesNotContain(Actors("In Kinshasa on Tuesday, protesters set fires and broke into embassy compounds."), a => a.Text == "embassy");

    [Theory]
    [InlineData("Protests spread across Iran. Tehran restricted the internet. The E.U. and several European governments condemned the crackdown and called for the authorities to respect the right to protest.", "authorities")]
    [InlineData("Lai took office in Taipei and Taiwan celebrated. Analysts said Beijing intends to keep up pressure on the new administration.", "administration")]
    public void AGovernmentActedOnByAnother_IsNotTheActorsOwn(string text, string government) =>
        Assert.DoesNotContain(Actors(text, "2024-05-23"), a => a.Text.EndsWith(government, StringComparison.Ordinal) && a.Actor.Code is "EUR" or "CHN");

    [Fact]
    public void ALegislature_MayScrutiniseItsOwnGovernment() =>
        Assert.Equal("TWN", Assert.Single(Actors("Taiwan's legislature passed a bill expanding its powers to scrutinise the government."), a => a.Text == "government").Actor.Code);

    [Fact]
    public void TheTitleInAStandfirst_IsThePersonTheLeadNames()
    {
        var actors = Actors("Biden signs aid bill\n\nWeapons deliveries to Kyiv could resume within hours, the president said.\n\n"
            + "WASHINGTON (Parley Wire) — President Joe Biden on Wednesday signed the package.", "2024-04-24");
        Assert.Equal("Joe Biden", Assert.Single(actors, a => a.Text == "the president").Actor.Name);
    }

    [Fact]
    public void AGroupFromAListOfCountries_IsAGroupOfEach() =>
        Assert.Equal(["MWI", "URY", "ZAF"], Actors("Peacekeepers died, among them troops from South Africa, Malawi and Uruguay.")
            .Where(a => a.Text == "troops").Select(a => a.Actor.Code).Order());

    [Fact]
    public void AGroupNounBeforeAnOrganisation_DescribesIt()
    {
        var actors = Actors("Gunfire shook the city as the army and the paramilitary Rapid Support Forces fought.");
        Assert.DoesNotContain(actors, a => a.Text.EndsWith("paramilitary", StringComparison.Ordinal));
        Assert.Contains(actors, a => a.Text == "Rapid Support Forces" && a.Actor.Sector == "REB");
    }

    [Theory]
    [InlineData("Heavy gunfire shook Sudan's capital on Saturday.", "Sudan's capital")]
    [InlineData("Residents of Khartoum reported air strikes.", "Khartoum")]
    public void ACapitalOwnedOrInhabited_IsAPlace(string text, string place)
    {
        Assert.Contains(Places(text), p => p.Text == place && p.Place.Country == "SDN");
        Assert.DoesNotContain(Actors(text), a => a.Actor.Code == "SDN" && a.Actor.Sector == "GOV");
    }

    [Fact]
    public void AnEmbassy_TakesNoCountryFromContext_ButFromItsOwner()
    {
        Assert.DoesNotContain(Actors("Rwanda backs the rebels. In Kinshasa, protesters attacked an embassy."), a => a.Text == "embassy");
        Assert.Equal("RWA", Assert.Single(Actors("In Kinshasa, protesters attacked the embassy of Rwanda."), a => a.Text == "embassy").Actor.Code);
    }

    [Fact]
    public void HostagesRescuedFromACamp_AreNotTheCampsCountrys() =>
        Assert.DoesNotContain(Actors("Israeli special forces rescued four hostages from Nuseirat refugee camp.", "2024-06-11"), a => a.Text == "hostages" && a.Actor.Code == "PSE");

    [Fact]
    public void ASpeakersAdministration_IsTheirOwn() =>
        Assert.Equal("USA", Assert.Single(Actors("Bessent said the agreement sent a clear signal to Moscow that the administration was committed to peace.", "2025-04-30"),
            a => a.Text == "administration").Actor.Code);

    [Fact]
    public void ACountryInAnAside_OwnsNoGroupAfterIt()
    {
        var actors = Actors("Beijing, which claims Taiwan as its own territory, called the trip a provocation. The foreign ministry promised countermeasures.", "2022-08-05");
        Assert.Equal("CHN", Assert.Single(actors, a => a.Text == "foreign ministry").Actor.Code);
    }

    [Fact]
    public void TheThreeGovernments_OfATrilateralSummit_AreItsThreeStates()
    {
        var actors = Actors("The leaders of the United States, Japan and South Korea met at Camp David. President Joe Biden hosted them. " +
            "In documents released after the talks, the three governments committed to meet every year.", "2023-08-18");
        Assert.Equal(["JPN", "KOR", "USA"], actors.Where(a => a.Text == "the three governments").Select(a => a.Actor.Code).Order());
    }

    [Fact]
    public void BothForces_AreTheArmedSides_NotTheMediators()
    {
        var actors = Actors("Representatives of Sudan's army and the Rapid Support Forces signed a declaration in Jeddah, Saudi Arabia. " +
            "It was brokered by Saudi Arabia and the United States. Saudi Arabia hosted the talks. Under its terms, both forces pledged to protect civilians.", "2023-05-12");
        Assert.Equal(["MIL", "REB"], actors.Where(a => a.Text == "both forces").Select(a => a.Actor.Sector).Order());
    }

    [Fact]
    public void TheTwoGovernments_AreGovernmentsOfTheStatesWhoseForcesActed()
    {
        var actors = Actors("American and British forces struck targets in Yemen. Royal Air Force jets joined. The U.S. and the U.K. led the mission, " +
            "and Canada provided support, the two governments said.", "2024-01-12");
        Assert.Equal([("GBR", "GOV"), ("USA", "GOV")], actors.Where(a => a.Text == "the two governments").Select(a => (a.Actor.Code, a.Actor.Sector)).Order());
    }

    [Fact]
    public void BothCountries_AreTheTwoJustNamedTogether_NotTheOneWhoAnnouncedTheirTruce() =>
        Assert.Equal(["IRN", "ISR"], Actors("A ceasefire between Israel and Iran announced by U.S. President Donald Trump held, after a start in which both countries fired.", "2025-06-24")
            .Where(a => a.Text == "both countries").Select(a => a.Actor.Code).Order());

    [Fact]
    public void ACountryOpeningALongerProperName_IsNoActor() =>
        Assert.DoesNotContain(Actors("The funds come under the Ukraine Security Assistance Initiative, officials said.", "2022-12-21"), a => a.Text == "Ukraine");

    [Fact]
    public void AGovernmentActedOnByAnother_IsTheOneTheStoryIsAbout() =>
        Assert.Equal("IRN", Assert.Single(Actors("Protests spread across Iran. Iran's police detained hundreds in Tehran and Iranian officials blamed foreign enemies. " +
            "The U.S. Treasury imposed sanctions for violence against Iranian women. The E.U. and several European governments condemned the crackdown and called for the authorities to respect the right to protest.", "2022-09-22"),
            a => a.Text.EndsWith("authorities", StringComparison.Ordinal)).Actor.Code);

    [Fact]
    public void WordsAfterAModifierNoun_NameTheInstitution_NotAPerson()
    {
        var (text, actor) = Actors("South Korea's National Intelligence Service said North Korea had sent troops.", "2024-10-18")[0];
        Assert.Equal("South Korea's National Intelligence Service", text);
        Assert.Equal(("KOR", "GOV", "National Intelligence Service"), (actor.Code, actor.Sector, actor.Name));
    }

    [Fact]
    public void UnownedLawmakers_AreThoseOfTheLegislatureTheStoryNamed() =>
        Assert.Equal("USA", Assert.Single(Actors("The U.S. Senate approved the aid for Ukraine on Tuesday. TikTok's owner must sell it, a step Beijing has criticized. " +
            "President Volodymyr Zelensky thanked lawmakers.", "2024-04-24"), a => a.Text == "lawmakers").Actor.Code);

    [Fact]
    public void UnownedDiplomats_TakeNoCountryFromContext() =>
        Assert.DoesNotContain(Actors("Hungary dropped its veto after Viktor Orbán met the leaders, diplomats said.", "2024-02-01"), a => a.Text == "diplomats");

    [Fact]
    public void AGovernmentActedOnByTheStorysFocus_IsTheStorysNextCountry() =>
        Assert.Equal("TWN", Assert.Single(Actors("China began drills around Taiwan days after Lai Ching-te took office. Beijing called Taiwan's president a separatist. " +
            "Chinese warships circled the island. The U.S. State Department urged Beijing to act with restraint. " +
            "Analysts said Beijing intends to keep up pressure on the new administration.", "2024-05-23"), a => a.Text == "administration").Actor.Code);

    [Fact]
    public void ANameOpeningWithAParticle_IsKnownCapitalisedAtTheStartOfASentence() =>
        Assert.Equal(("SYR", "Ahmed al-Sharaa"), Actors("Al-Sharaa met Trump at the White House on Monday.", "2025-11-10")
            .Where(a => a.Text == "Al-Sharaa").Select(a => (a.Actor.Code, a.Actor.Name)).Single());

    [Fact]
    public void AFieldMarshal_IsATitleBeforeAName() =>
        Assert.Equal(("PAK", "MIL", "Asim Munir"), Actors("Pakistani Field Marshal Asim Munir had lunch with Trump.", "2025-06-18")
            .Where(a => a.Text.EndsWith("Munir", StringComparison.Ordinal)).Select(a => (a.Actor.Code, a.Actor.Sector, a.Actor.Name)).Single());

    [Fact]
    public void AGenericTitleTheLexiconListsForOneCountryOnce_DoesNotMakeAnUnknownHolderThatCountrys() =>
        Assert.Equal("DEU", Actors("Germany's chancellor said he was open to a confidence vote, days after firing Finance Minister Christian Lindner.", "2024-11-11")
            .Single(a => a.Text.EndsWith("Lindner", StringComparison.Ordinal)).Actor.Code);

    [Fact]
    public void AnAmbiguousPlace_IsTheOneAPlaceNamedLaterInTheSentenceLiesIn()
    {
        Assert.Equal("USA", Places("Voters in Georgia lined up in Atlanta and Savannah on Tuesday.").Single(p => p.Text == "Georgia").Place.Country);
        Assert.Equal("GEO", Places("Voters in Georgia lined up in Tbilisi and Batumi on Tuesday.").Single(p => p.Text == "Georgia").Place.Country);
    }

    [Theory]
    [InlineData("Bandits killed villagers in Nigeria, while in neighbouring Niger the junta extended its rule.", "Niger", "NER")]
    [InlineData("Gangs control most of Port-au-Prince, the UN says.", "Port-au-Prince", "HTI")]
    // A demonym before a word for its land is the country as a place.
    [InlineData("Iran fired drones towards Israeli territory late on Saturday.", "Israeli territory", "ISR")]
    [InlineData("The island lies just off the Chinese coast.", "Chinese coast", "CHN")]
    public void ANameAfterALocativeWordAndAnAdjectiveOfPlaceOrAPartitive_OrADemonymOfLand_IsAPlace(string sentence, string name, string country) =>
        Assert.Equal(country, Places(sentence).Single(p => p.Text == name).Place.Country);

    [Fact]
    public void TheirAfterAPair_OwnsAGroupOfEach() =>
        Assert.Equal(["RUS", "USA"], Actors("Trump greeted Putin at the base, and the two men rode together before sitting down with their top aides.", "2025-08-15")
            .Where(a => a.Text == "aides").Select(a => a.Actor.Code).Order());

    [Theory]
    [InlineData("Sberbank and Gazprombank were left off the list. Officials said that was because of their role in gas payments.")]
    [InlineData("The deal was reached at Borgo Egnazia, a resort in the Apulia region hosted by Italian Prime Minister Giorgia Meloni. Officials said the aim was to get the money to Kyiv.")]
    public void BareOfficials_OnWeakEvidence_GetNoCountry(string text) =>
        Assert.DoesNotContain(Actors(text, "2024-06-13"), a => a.Text == "Officials");

    [Fact]
    public void BareOfficials_AfterARelativeClause_AreTheMainClausesCountrys() =>
        Assert.Equal("USA", Actors("It is the first time Washington has agreed to send the system, which Kyiv had requested for months. "
                                   + "Officials cautioned that training Ukrainian crews would take months.", "2022-12-21").Single(a => a.Text == "Officials").Actor.Code);

    [Theory]
    [InlineData("The U.S. State Department said it was concerned.", "U.S. State Department", "GOV")]
    [InlineData("The U.S. Congress approved the package.", "U.S. Congress", "LEG")]
    public void ACountryBeforeItsOwnInstitution_IsOneActor(string sentence, string text, string sector)
    {
        var (found, actor) = Assert.Single(Actors(sentence));
        Assert.Equal((text, "USA", sector), (found, actor.Code, actor.Sector));
    }

    [Fact]
    public void ALegislatureAfterIn_IsTheBodyNotABuilding()
    {
        const string sentence = "Biden signed the bill, ending a political fight in Congress that had held up aid.";
        Assert.Contains(Actors(sentence, "2024-04-24"), a => a.Text == "Congress" && a.Actor.Sector == "LEG");
        Assert.DoesNotContain(Places(sentence), p => p.Text == "Congress");
    }

    [Fact]
    public void ACountryAfterFromAndAMeansOfTravel_IsAPlace() =>
        Assert.Equal("POL", Places("Mr. Biden travelled overnight by train from Poland to Kyiv.").Single(p => p.Text == "Poland").Place.Country);

    [Theory]
    [InlineData("Hamas' military commander, Mohammed Deif, said the operation was a response.", "Hamas' military commander", "PSE")]
    [InlineData("The United States' defence secretary said the aid would continue.", "United States' defence secretary", "USA")]
    public void ANameEndingInSWithABareApostrophe_OwnsTheRoleAfterIt(string sentence, string phrase, string code) =>
        Assert.Contains(Actors(sentence, "2023-10-07"), a => a.Text.EndsWith(phrase, StringComparison.Ordinal) && a.Actor.Code == code);

    [Fact]
    public void AnHonorificAndAGivenName_AreThePersonNamedInFullEarlier()
    {
        const string text = "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani announced the truce. "
                            + "Talks on a second phase will begin soon, Sheikh Mohammed said.";
        var actors = Actors(text, "2025-01-15");
        Assert.All(actors.Where(a => a.Text.Contains("Sheikh")), a => Assert.Equal(("QAT", "Mohammed bin Abdulrahman Al Thani", "prime minister"), (a.Actor.Code, a.Actor.Name, a.Actor.Role)));
        Assert.Contains(actors, a => a.Text == "Sheikh Mohammed");
    }

    [Theory]
    [InlineData("Biden was expected to continue on to Warsaw for talks with Polish President Andrzej Duda.")]
    [InlineData("After the summit the delegation flew onward to Warsaw.")]
    public void ACityAfterGoingOnTo_IsAPlace_NotAnActor(string sentence)
    {
        Assert.Equal("POL", Places(sentence).Single(p => p.Text == "Warsaw").Place.Country);
        Assert.DoesNotContain(Actors(sentence, "2023-02-20"), a => a.Text == "Warsaw");
    }

    [Fact]
    public void ADatelinesCountry_IsWhereTheStoryWasFiled_NotAnActor()
    {
        const string text = "JEDDAH, Saudi Arabia, May 12 (Parley Wire) — Sudan's army and the Rapid Support Forces signed a declaration. "
                            + "It was brokered by Saudi Arabia and the United States. Both forces pledged to protect hospitals, aid workers and relief supplies.";
        var actors = Actors(text, "2023-05-12");
        Assert.Single(actors, a => a.Text == "Saudi Arabia");
        Assert.DoesNotContain(actors, a => a.Text == "aid workers");
        Assert.True(Pipelines.Mentions(text, MentionKind.Place, "2023-05-12").Single(p => p.Text == "Saudi Arabia").Mention.IsDateline);
    }

    [Fact]
    public void AWeaponSystemsUnits_AreNoActor() =>
        Assert.DoesNotContain(Actors("Russian officials warned that Patriot units sent to Ukraine would be targets.", "2022-12-21"), a => a.Text.Contains("units", StringComparison.Ordinal));

    [Fact]
    public void OppositionAsResistance_IsNoActor() =>
        Assert.DoesNotContain(Actors("Speaker Mike Johnson put the bills to a vote despite fierce opposition from some members of his own party.", "2024-04-24"),
            a => a.Actor.Sector == "OPP");

    [Fact]
    public void AGroupInAPairOfCountries_IsAGroupOfEach() =>
        Assert.Equal(["UKR", "USA"], Actors("Trump met Zelensky in Washington. The deal, which officials in both countries had described as a first step, was signed.", "2025-02-28")
            .Where(a => a.Text == "officials").Select(a => a.Actor.Code).Order());

    [Theory]
    [InlineData("A spokesperson for No. 10 Downing Street said the jets had joined.", "No. 10 Downing Street", "GBR")]
    [InlineData("Ukraine's First Deputy Prime Minister Yulia Svyrydenko signed the deal.", "Ukraine's First Deputy Prime Minister Yulia Svyrydenko", "UKR")]
    public void LongerNamesAndTitles_AreOneActor(string sentence, string text, string code)
    {
        var (found, actor) = Assert.Single(Actors(sentence, "2025-04-30"));
        Assert.Equal((text, code), (found, actor.Code));
    }

    [Theory]
    [InlineData("Armenia froze its part in the Russian-led CSTO in February.", "CSTO", "CSTO")]
    [InlineData("Turkey struck the Kurdish-led Syrian Democratic Forces.", "Syrian Democratic Forces", "SYR")]
    public void AHyphenatedModifier_OpensNoUnknownName_SoTheOrganisationAfterItIsFound(string sentence, string text, string code) =>
        Assert.Contains(Actors(sentence), a => a.Text.EndsWith(text, StringComparison.Ordinal) && a.Actor.Code == code);

    [Fact]
    public void ACountryAfterAnAttackOn_IsAPlace_ButForcesAfterItAreAnActor()
    {
        Assert.Equal("TWN", Places("Takaichi said a Chinese attack on Taiwan could allow Japan to act.").Single(p => p.Text == "Taiwan").Place.Country);
        Assert.Contains(Actors("The group suspended attacks on U.S. forces."), a => a.Text == "U.S. forces" && a.Actor.Code == "USA");
    }
}
