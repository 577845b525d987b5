using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Facing charges is being accused: the one who faces them is the recipient, and the modal before the verb decides
/// whether the charge is made or only possible (sentences written for these tests).
/// </summary>
public sealed class FacingChargesTests
{
    [Fact]
    public void ChargesOneCouldFace_AreAnAccusationOnlySupposed() =>
        Assert.Contains(EventCodingTests.Code("The guard held for the beating could face manslaughter charges, a prosecutor in Quito said."),
            e => e.Category.Type == "ACCUSE" && e.Category.Mode == "allege" && e.Modality == EventModality.Hypothetical);

    [Fact]
    public void ChargesOneFaces_AreAnAccusationMade() =>
        Assert.Contains(EventCodingTests.Code("Two former Bolivian ministers now face charges of sedition."),
            e => e.Category.Type == "ACCUSE" && e.Category.Mode == "allege" && e.Modality == EventModality.Asserted);
}
