using Parley.Tests.Events;

namespace Parley.Tests.Mentions;

/// <summary>
/// "Afghanistan's Taliban government": a role noun after a country's organisation names that organisation's body, one
/// actor, not a group left to take a country from the context (sentences written for these tests).
/// </summary>
public sealed class OrganisationBodyAfterCountryTests
{
    private const string Truce = "Pakistan and Afghanistan's Taliban government agreed to a truce on Sunday.";

    [Fact]
    public void TheOrganisationsBody_IsOneActor_OfItsCountry()
    {
        var agreement = EventCodingTests.Code(Truce, "2025-06-01").First(e => e.Category.Type == "AGREE");
        var codes = agreement.Actors.ConvertAll(a => a.Code);
        codes.Sort(StringComparer.Ordinal);
        Assert.Equal(["AFG", "PAK"], codes);
    }
}
