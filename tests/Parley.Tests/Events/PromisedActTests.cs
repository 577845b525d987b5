using Parley.Events;
using Parley.Lexicons;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>
/// Acts that are news only as a promise or a plan ("will lease back", "are to leave", "could also buy arms for") and
/// concessions told as not made ("has not eased"), found by patterns whose first words in braces must stand before the
/// cue (sentences written for these tests).
/// </summary>
public sealed class PromisedActTests
{
    private const string Header = "# parley-lexicon: events/patterns-mine\n# version: 1\n";

    [Theory]
    [InlineData("Norway will grant residence permits to Ukrainian engineers from June, officials said.", "NOR", "UKR")]
    [InlineData("Japan could also buy artillery shells for Kyiv, diplomats said.", "JPN", "UKR")]
    [InlineData("Italy would keep working with Tunisia on migration, the minister said.", "ITA", "TUN")]
    public void ActPromised_IsAnAgreementWithItsParties(string text, string actor, string recipient)
    {
        var promise = Assert.Single(EventCodingTests.Code(text), e => e.PloverCategory.Type == "AGREE");
        Assert.NotEqual(EventModality.Asserted, promise.Modality);
        Assert.Equal([actor], promise.Actors.Select(a => a.Code).Distinct());
        Assert.Equal([recipient], promise.Recipients.Select(r => r.Code).Distinct());
    }

    [Theory]
    [InlineData("The Polish army has said it plans to acquire two more Patriot batteries.", "AGREE", EventModality.Future, "POL", null)]
    [InlineData("The last German soldiers are to leave Bamako by December 15.", "CONCEDE", EventModality.Future, "DEU", "MLI")]
    [InlineData("The Chinese coast guard has not eased its patrols near the Second Thomas Shoal.", "CONCEDE", EventModality.Negated, "CHN", null)]
    public void PlanDueOrConcessionNotMade_KeepsItsModality(string text, string type, EventModality modality, string actor, string? recipient)
    {
        var e = Assert.Single(EventCodingTests.Code(text), e => e.PloverCategory.Type == type);
        Assert.Equal(modality, e.Modality);
        Assert.Equal(actor, Assert.Single(e.Actors).Code);
        Assert.Equal(recipient, e.Recipients.SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData("Canada paid 40 million dollars for the new patrol boats in March.")]
    [InlineData("The government bought wheat from Argentina last year.")]
    [InlineData("Kenya said it was unsure how it would pay salaries and pensions next month.")]
    public void ActToldAsDoneOrOwnExpense_IsNoAgreement(string text) =>
        Assert.DoesNotContain(EventCodingTests.Code(text), e => e.PloverCategory.Type == "AGREE");

    [Fact]
    public void AdverbThatIsItselfACue_JoinsThePromise()
    {
        var events = EventCodingTests.Code("Finland and Estonia said they would jointly finance a new package for Ukraine.");
        var promise = Assert.Single(events, e => e.PloverCategory.Type == "AGREE");
        Assert.Equal(["EST", "FIN"], promise.Actors.Select(a => a.Code).Distinct().Order());
    }

    [Theory]
    [InlineData("Under the accord, Serbia will lift its ban on Kosovo goods.")]
    [InlineData("Under the deal, Georgia is to reopen its border with Armenia.")]
    public void ConcessionPromised_IsAFutureConcession(string text) =>
        Assert.Contains(EventCodingTests.Code(text), e => e.PloverCategory.Type == "CONCEDE" && e.Modality == EventModality.Future);

    [Fact]
    public void WordsInBracesAfterTheCue_AreAnErrorNamingTheLine()
    {
        using var user = new TempDirectory();
        user.Write("events/patterns-mine.tsv", Header + "AGREE\t-\tverb\tsubject-object\trent {will}\n");
        var problem = Assert.Single(LexiconValidator.Validate(new LexiconFiles(user.Path)), p => p.IsError);
        Assert.Contains("patterns-mine.tsv:3", problem.Location, StringComparison.Ordinal);
    }
}
