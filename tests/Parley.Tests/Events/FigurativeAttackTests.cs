namespace Parley.Tests.Events;

/// <summary>
/// "an attack on Poland's judiciary", "an assault on democracy": an attack on an institution or a principle is a judgement of
/// some other act, not violence (sentences written for these tests).
/// </summary>
public sealed class FigurativeAttackTests
{
    [Fact]
    public void AnAttackOnACountrysJudiciary_IsNoAssault() =>
        Assert.DoesNotContain(EventCodingTests.Code("Warsaw condemns EU fines\n\n" +
            "WARSAW — Polish President Andrzej Duda called the fines an unacceptable attack on Poland's judiciary, and the constitutional tribunal said it would not comply."),
            e => e.Category.Type == "ASSAULT");

    [Fact]
    public void AnAttackOnAVillage_StaysAnAssault() =>
        Assert.Contains(EventCodingTests.Code("Rebels launched an attack on a village in North Kivu on Monday, killing nine people."),
            e => e.Category.Type == "ASSAULT");
}
