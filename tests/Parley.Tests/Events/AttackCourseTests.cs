namespace Parley.Tests.Events;

/// <summary>"attack" before a noun of flight names how a craft moves, no attack (sentences written for these tests).</summary>
public sealed class AttackCourseTests
{
    [Fact]
    public void AnAttackCourse_IsNoAttack() =>
        Assert.DoesNotContain(EventCodingTests.Code("The army said the balloon was drifting on an attack course over the bay."),
            e => e.Category.Type == "ASSAULT");
}
