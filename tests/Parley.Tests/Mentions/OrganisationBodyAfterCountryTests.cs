using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "Afghanistan's Taliban government": a role noun after a country's organisation names that organisation's body, one
/// actor, not a group left to take a country from the context (sentences written for these tests).
/// </summary>
public sealed class OrganisationBodyAfterCountryTests
{
    [Fact]
    public void TheOrganisationsBody_IsOneActor_OfItsCountry()
    {
        var truce = Assert.Single(EventCodingTests.Code("Pakistan and Afghanistan's Taliban government agreed to a truce on Sunday.", "2025-06-01"),
            e => e.Category.Type == "AGREE");
        Assert.Equal(["AFG", "PAK"], truce.Actors.Select(a => a.Code).Order());
    }
}
