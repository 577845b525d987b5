using Parley.Storage.Linking;

namespace Parley.Tests.Storage.Linking;

/// <summary>How <see cref="HappeningLinker"/> puts events into happenings, over a store kept in memory.</summary>
public sealed class HappeningLinkerTests
{
    private static readonly DateOnly Monday = new(2023, 9, 18);

    /// <summary>A store's signs in a dictionary, read as the SQL indexes would.</summary>
    private sealed class MemoryIndex : IHappeningIndex
    {
        public Dictionary<string, (HappeningSign Sign, string Happening)> Stored { get; } = new(StringComparer.Ordinal);

        public List<(string Type, string Code, DateOnly From, DateOnly To)> Probes { get; } = [];

        public void Read(IReadOnlyList<(string Type, string Code, DateOnly From, DateOnly To)> probes, List<(HappeningSign Sign, string Happening)> found)
        {
            Probes.AddRange(probes);
            foreach (var (type, code, from, to) in probes)
                found.AddRange(Stored.Values.Where(s => s.Sign.Type == type && (s.Sign.Actor == code || s.Sign.Recipient == code) && s.Sign.Day >= from && s.Sign.Day <= to));
        }

        public void Add(IReadOnlyList<(HappeningSign Sign, string Happening)> signs)
        {
            foreach (var s in signs)
                Stored.Add(s.Sign.Key, s);
        }

        public void Merge(IReadOnlyList<(string From, string Into)> merges)
        {
            foreach (var (from, into) in merges)
            {
                foreach (var (key, s) in Stored.Where(s => s.Value.Happening == from).ToList())
                    Stored[key] = (s.Sign, into);
            }
        }
    }

    private static HappeningSign Sign(string? actor, string? recipient, int days = 0, bool exact = false, string? country = null) =>
        new("CONSULT", actor, recipient, country, Monday.AddDays(days), exact);

    /// <summary>The happenings of <paramref name="signs"/>, given one by one, each batch of one flushed.</summary>
    private static List<string> Assign(MemoryIndex index, params HappeningSign[] signs) =>
        [.. signs.Select(sign =>
        {
            var linker = new HappeningLinker(index, HappeningOptions.Default);
            var key = linker.Assign(sign);
            linker.Flush(new HashSet<string>());
            return key;
        })];

    [Fact]
    public void Assign_JoinsCompatibleReports_AcrossBatches()
    {
        var index = new MemoryIndex();
        var keys = Assign(index, Sign("AZE", null), Sign("AZE", "ARM", days: 2), Sign("ARM", "AZE", days: 1), Sign("AZE", "TUR", country: "BEL", days: 6), Sign("AZE", "ARM", days: 7, exact: true));

        // The first three link (recipient unknown, swapped sides, two days later); a recipient elsewhere and a day a week later do not.
        Assert.Equal([keys[0], keys[0], keys[0]], keys[..3]);
        Assert.Equal(3, keys.Distinct().Count());
    }

    [Fact]
    public void Assign_GroupsAlike_WhateverOrderReportsComeIn()
    {
        HappeningSign[] signs = [Sign("AZE", "ARM", exact: true), Sign("AZE", null, days: 2), Sign("ARM", "AZE", days: 3), Sign("AZE", "ARM", days: 1, exact: true)];

        var forward = Groups(signs);
        var backward = Groups([.. signs.Reverse()]);

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Flush_MergesTheHappeningsABridgingReportLinks()
    {
        var index = new MemoryIndex();
        var keys = Assign(index, Sign("AZE", "ARM", days: 0), Sign("AZE", "ARM", days: 4));
        var touched = new HashSet<string>();
        var linker = new HappeningLinker(index, HappeningOptions.Default);

        var bridge = linker.Assign(Sign("AZE", "ARM", days: 2));
        linker.Flush(touched);

        Assert.NotEqual(keys[0], keys[1]);
        Assert.Equal(keys.Min(StringComparer.Ordinal), bridge);
        Assert.All(index.Stored.Values, s => Assert.Equal(bridge, s.Happening));
        Assert.Equal(keys.ToHashSet(), touched);
    }

    [Fact]
    public void Prefetch_ReadsEachProbeOnce_PerBatch()
    {
        var index = new MemoryIndex();
        var linker = new HappeningLinker(index, HappeningOptions.Default);
        linker.Prefetch([Sign("AZE", "ARM"), Sign("AZE", "ARM"), null]);
        linker.Assign(Sign("AZE", "ARM"));

        Assert.Equal(2, index.Probes.Count);
    }

    [Fact]
    public void Prefetch_JoinsOverlappingWindows_AndReadsDistantDaysApart()
    {
        var index = new MemoryIndex();
        var linker = new HappeningLinker(index, HappeningOptions.Default);
        var window = HappeningOptions.Default.WindowDays;
        linker.Prefetch([Sign("AZE", null, days: 60), Sign("AZE", null), Sign("AZE", null, days: window)]);

        Assert.Equal(
            [("CONSULT", "AZE", Monday.AddDays(-window), Monday.AddDays(2 * window)), ("CONSULT", "AZE", Monday.AddDays(60 - window), Monday.AddDays(60 + window))],
            index.Probes);
    }

    /// <summary>Which of <paramref name="signs"/> end up together, as sets of sign keys, in a store that takes them in this order.</summary>
    private static List<string> Groups(HappeningSign[] signs)
    {
        var index = new MemoryIndex();
        Assign(index, signs);
        return [.. index.Stored.Values.GroupBy(s => s.Happening).Select(g => string.Join(' ', g.Select(s => s.Sign.Key).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)];
    }
}
