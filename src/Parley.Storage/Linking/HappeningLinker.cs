namespace Parley.Storage.Linking;

/// <summary>
/// Puts each dated event written into a happening: the happenings are the connected groups of event signs
/// that link (<see cref="HappeningSign.Links"/>), kept up to date as events arrive. A new sign is compared
/// with the stored signs of its type that name one of its parties within the window of days
/// (<see cref="IHappeningIndex"/>), so the cost of an event follows how many signs its parties have in those
/// days, not the size of the store: there is no comparison of all pairs and no reprocessing of what is
/// stored. A sign that links to several happenings merges them into the one with the least key.
/// <para>
/// The groups do not depend on the order events arrive in, so one writer and several concurrent workers, or
/// two back ends, group a corpus alike; only which key names a group may differ. The price of that is
/// chaining: a vague report (one side unknown) that fits two happenings joins them, and reports filed a few
/// days apart can link a happening over more than the window.
/// </para>
/// </summary>
internal sealed class HappeningLinker(IHappeningIndex index, HappeningOptions options)
{
    // Every sign seen in this batch, stored or new, with the happening it was in when seen.
    private readonly Dictionary<string, (HappeningSign Sign, string Happening)> known = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Type, string Code, DateOnly Day), List<HappeningSign>> blocks = [];
    private readonly HashSet<(string Type, string Code, DateOnly Day)> probed = [];
    // The days not probed yet of each type and party code, and which of those lists the current look-up filled.
    private readonly Dictionary<(string Type, string Code), List<DateOnly>> days = [];
    private readonly List<(string Type, string Code)> unprobed = [];
    private readonly List<(string Type, string Code, DateOnly From, DateOnly To)> probes = [];
    private readonly List<(HappeningSign Sign, string Happening)> found = [];
    private readonly List<HappeningSign> added = [];
    // Happenings merged in this batch, each with the one it was merged into; the signs seen still name them.
    private readonly Dictionary<string, string> merged = new(StringComparer.Ordinal);
    private readonly List<string> unsaved = [];
    private readonly HashSet<string> roots = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads with one look-up the stored signs near every sign in <paramref name="signs"/> not probed yet in this
    /// batch: per type and party code, one range of days for each run of overlapping windows, so that the days a
    /// batch covers are read once, not once per event (a batch spans a few days, and each event's window overlaps
    /// the others'), and days far apart are not read as one span with everything between them. The writers pass
    /// a whole batch at once: read per document, the SQLite writer issued 114,800 look-ups reading 297,822 rows
    /// for 10,000 articles, most of them read again and again by neighbouring documents.
    /// </summary>
    public void Prefetch(IEnumerable<HappeningSign?> signs)
    {
        foreach (var sign in signs)
        {
            if (sign is { HasParty: true })
            {
                AddProbe(sign, sign.Actor);
                AddProbe(sign, sign.Recipient);
            }
        }
        probes.Clear();
        foreach (var (type, code) in unprobed)
            AddRanges(type, code, days[(type, code)]);
        unprobed.Clear();
        if (probes.Count == 0)
            return;
        found.Clear();
        index.Read(probes, found);
        foreach (var (sign, happening) in found)
        {
            if (known.TryAdd(sign.Key, (sign, happening)))
                Block(sign);
        }
    }

    /// <summary>The key of the happening an event of <paramref name="sign"/> is in, once its sign is linked.</summary>
    public string Assign(HappeningSign sign)
    {
        if (!sign.HasParty)
            return sign.Key;
        Prefetch([sign]);
        if (known.TryGetValue(sign.Key, out var seen))
            return Current(seen.Happening);
        roots.Clear();
        foreach (var code in (ReadOnlySpan<string?>)[sign.Actor, sign.Recipient])
        {
            if (code is null)
                continue;
            for (var day = sign.Day.AddDays(-options.WindowDays); day <= sign.Day.AddDays(options.WindowDays); day = day.AddDays(1))
            {
                if (!blocks.TryGetValue((sign.Type, code, day), out var near))
                    continue;
                foreach (var other in near)
                {
                    if (sign.Links(other, options))
                        roots.Add(Current(known[other.Key].Happening));
                }
            }
        }
        var happening = roots.Count == 0 ? sign.Key : roots.Min(StringComparer.Ordinal)!;
        foreach (var root in roots)
        {
            if (root != happening)
            {
                merged[root] = happening;
                unsaved.Add(root);
            }
        }
        known.Add(sign.Key, (sign, happening));
        added.Add(sign);
        Block(sign);
        return happening;
    }

    /// <summary>
    /// Stores the batch's new signs and merges, adding to <paramref name="touched"/> every happening they change
    /// (a merged one is left without events, and <see cref="HappeningCounter"/> deletes it). Call before the batch's happenings are counted.
    /// </summary>
    public void Flush(ISet<string> touched)
    {
        if (added.Count > 0)
            index.Add([.. added.Select(s => (s, Current(known[s.Key].Happening)))]);
        if (unsaved.Count > 0)
        {
            var merges = unsaved.Select(from => (from, Current(from))).ToList();
            index.Merge(merges);
            foreach (var (from, into) in merges)
            {
                touched.Add(from);
                touched.Add(into);
            }
        }
        added.Clear();
        unsaved.Clear();
    }

    /// <summary>The happening <paramref name="happening"/> is now part of, after this batch's merges.</summary>
    public string Current(string happening)
    {
        while (merged.TryGetValue(happening, out var into))
            happening = into;
        return happening;
    }

    private void AddProbe(HappeningSign sign, string? code)
    {
        if (code is null || !probed.Add((sign.Type, code, sign.Day)))
            return;
        if (!days.TryGetValue((sign.Type, code), out var list))
            days[(sign.Type, code)] = list = [];
        if (list.Count == 0)
            unprobed.Add((sign.Type, code));
        list.Add(sign.Day);
    }

    /// <summary>Adds to <see cref="probes"/> the windows around <paramref name="list"/>'s days, those that overlap or touch joined into one range, and empties it.</summary>
    private void AddRanges(string type, string code, List<DateOnly> list)
    {
        list.Sort();
        var window = options.WindowDays;
        var (from, to) = (list[0].AddDays(-window), list[0].AddDays(window));
        foreach (var day in list)
        {
            if (day.AddDays(-window) > to.AddDays(1))
            {
                probes.Add((type, code, from, to));
                from = day.AddDays(-window);
            }
            to = day.AddDays(window);
        }
        probes.Add((type, code, from, to));
        list.Clear();
    }

    private void Block(HappeningSign sign)
    {
        Block(sign, sign.Actor);
        if (sign.Recipient != sign.Actor)
            Block(sign, sign.Recipient);
    }

    private void Block(HappeningSign sign, string? code)
    {
        if (code is null)
            return;
        var block = (sign.Type, code, sign.Day);
        if (!blocks.TryGetValue(block, out var list))
            blocks[block] = list = [];
        list.Add(sign);
    }
}
