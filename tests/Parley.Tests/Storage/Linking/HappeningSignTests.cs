using Parley.Storage.Linking;

namespace Parley.Tests.Storage.Linking;

/// <summary>Which two reports tell one happening (<see cref="HappeningSign.Links"/>).</summary>
public sealed class HappeningSignTests
{
    private static readonly DateOnly Monday = new(2023, 9, 18);

    // Talks between AZE (actor) and ARM (recipient) in Azerbaijan, dated by the report to Monday.
    private static readonly HappeningSign Talks = new("CONSULT", "AZE", "ARM", "AZE", Monday, Exact: true);

    private static HappeningSign Sign(string type, string? actor, string? recipient, string? country = null, int days = 0, bool exact = false) =>
        new(type, actor, recipient, country, Monday.AddDays(days), exact);

    // Each case: another report, and whether it tells the same happening as Talks.
    private static readonly Dictionary<string, (HappeningSign Other, bool Linked)> Cases = new()
    {
        ["same parties, same day"] = (Sign("CONSULT", "AZE", "ARM"), true),
        ["recipient unknown"] = (Sign("CONSULT", "AZE", null), true),
        ["actor unknown"] = (Sign("CONSULT", null, "ARM"), true),
        ["sides swapped, symmetric type"] = (Sign("CONSULT", "ARM", "AZE"), true),
        ["filed three days later"] = (Sign("CONSULT", "AZE", "ARM", days: 3), true),
        ["filed four days later"] = (Sign("CONSULT", "AZE", "ARM", days: 4), false),
        ["a week later"] = (Sign("CONSULT", "AZE", "ARM", days: 7), false),
        ["dated to another day by its report"] = (Sign("CONSULT", "AZE", "ARM", days: 1, exact: true), false),
        ["dated to the same day"] = (Sign("CONSULT", "AZE", "ARM", exact: true), true),
        ["another type"] = (Sign("ASSAULT", "AZE", "ARM"), false),
        ["another recipient"] = (Sign("CONSULT", "AZE", "TUR"), false),
        ["another country"] = (Sign("CONSULT", "AZE", "ARM", country: "BEL"), false),
        ["same country"] = (Sign("CONSULT", "AZE", "ARM", country: "AZE"), true),
        ["no party named"] = (Sign("CONSULT", null, null), false),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Links_FollowsTheClusterRule(string given)
    {
        var (other, linked) = Cases[given];
        Assert.True(linked == Talks.Links(other, HappeningOptions.Default), given);
        Assert.True(linked == other.Links(Talks, HappeningOptions.Default), given + ", the other way round");
    }

    [Fact]
    public void Links_SwapsSidesOnlyForSymmetricTypes()
    {
        var strike = Sign("ASSAULT", "AZE", "ARM");

        Assert.False(strike.Links(Sign("ASSAULT", "ARM", "AZE"), HappeningOptions.Default));
    }

    [Fact]
    public void Key_TellsSignsApart_ByEveryField()
    {
        Assert.Equal("2023-09-18|CONSULT|AZE|ARM|AZE|dated", Talks.Key);
        Assert.Equal("2023-09-18|CONSULT|AZE|||filed", Sign("CONSULT", "AZE", null).Key);
    }
}
