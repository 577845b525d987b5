namespace Parley.Tests.Events;

/// <summary>
/// An arrest, a charge or a sentence told in the passive with no doer keeps none: the police, prosecutors and courts
/// that act go unnamed and are not the party of the act of its kind told before (sentences written for these tests).
/// </summary>
public sealed class UnascribedJusticeTests
{
    [Fact]
    public void ArrestAndSentence_AfterAnotherArrest_TakeNoDoer()
    {
        var events = EventCodingTests.Code("Belarus freed the jailed blogger Ihar Losik on Saturday. Losik was arrested in May 2020 and sentenced to 15 years in prison.");
        var arrests = events.Where(e => e.Category is { Type: "COERCE", Mode: "arrest" } && e.Sentence == 1).ToList();
        Assert.NotEmpty(arrests);
        Assert.All(arrests, a => Assert.Empty(a.Actors));
    }

    [Fact]
    public void Charge_AfterAnAccusation_TakesNoDoer()
    {
        var charge = Assert.Single(EventCodingTests.Code("Colombia's defence minister accused the rebels of holding the engineer for ransom. No one has been charged over the kidnapping."),
            e => e.Category.Type == "ACCUSE" && e.Sentence == 1);
        Assert.Empty(charge.Actors);
    }
}
