using Parley.Mentions;
using Parley.Tests.Support;

namespace Parley.Tests.Mentions;

/// <summary>
/// A city that stands for a government ("Port Sudan said") but is not the gazetteer's capital of its country keeps its
/// own place and coordinates: a war's second seat or a constitutional capital is hundreds of kilometres from the other.
/// </summary>
public sealed class SeatOfGovernmentPlaceTests
{
    [Theory]
    [InlineData("Port Sudan", "SDN", 19.6)]
    [InlineData("Aden", "YEM", 12.79)]
    [InlineData("Kuala Lumpur", "MYS", 3.14)]
    [InlineData("Amsterdam", "NLD", 52.37)]
    [InlineData("Dar es Salaam", "TZA", -6.79)]
    [InlineData("Kyiv", "UKR", 50.45)]
    public void TheNamedCity_IsThePlace_NotTheCapital(string city, string country, double latitude)
    {
        var place = Pipelines.Mentions($"Envoys met in {city} on Tuesday.", MentionKind.Place, "2025-06-01")
            .Single(m => m.Text == city).Mention.Place!;
        Assert.Equal(country, place.Country);
        Assert.InRange(place.Latitude, latitude - 0.15, latitude + 0.15);
    }
}
