using System.Collections.Frozen;
using Parley.Lexicons;

namespace Parley.Events;

/// <summary>
/// Name-calling and praise told as events: "called the ruling a political vendetta", "branded the defendants traitors"
/// (ACCUSE), "called it a step taken in good faith" (SUPPORT). Two lists make them, so each grows on its own:
/// <c>events/naming-frames.tsv</c> says how a judgement is put on someone ("call+ ... ... {judgement}", "describe+ ... as ...
/// {judgement}"), <c>events/judgements.tsv</c> which words judge, as what type and mode. Every judgement in every frame
/// that takes its kind is an event pattern, as if written out in <c>events/patterns.tsv</c>.
/// </summary>
internal static class JudgementPatterns
{
    private const string Slot = "{judgement}";

    private const string JudgementsFile = "events/judgements.tsv";

    private static readonly FrozenSet<string> Kinds = FrozenSet.Create(StringComparer.Ordinal, "verdict", "epithet");

    /// <summary>The patterns of every judgement in every naming frame that takes it, each sourced to its judgement's line.</summary>
    public static List<(EventPattern Pattern, SourcedLine Line)> Read(LexiconFiles files, IReadOnlyDictionary<(string, string?), EventCategory> categories)
    {
        var frames = new List<(string Frame, string[] Kinds)>();
        foreach (var line in files.Read("events/naming-frames.tsv", 2))
        {
            if (!line.Fields[0].Contains(Slot, StringComparison.Ordinal))
                throw line.Error($"frame '{line.Fields[0]}' has no {Slot} for the judgement to stand in.");
            var kinds = line.Fields[1].Split(',');
            if (Array.Find(kinds, k => !Kinds.Contains(k)) is { } unknown)
                throw line.Error($"kind '{unknown}' is not verdict or epithet.");
            frames.Add((line.Fields[0], kinds));
        }

        var patterns = new List<(EventPattern, SourcedLine)>();
        var judged = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in files.Read(JudgementsFile, 4))
        {
            var f = line.Fields;
            if (!categories.TryGetValue((f[1], f[2] == "-" ? null : f[2]), out var category))
                throw line.Error($"{f[1]} {f[2]} is not a type and mode of events/types.tsv.");
            if (!Kinds.Contains(f[3]))
                throw line.Error($"kind '{f[3]}' is not verdict or epithet.");
            if (!judged.Add(f[0]))
                throw line.Error($"'{f[0]}' is judged twice: each naming would be told twice.");
            foreach (var (frame, kinds) in frames)
            {
                if (Array.IndexOf(kinds, f[3]) >= 0)
                    patterns.Add((new EventPattern(category, EventForm.Verb, RoleFrame.SubjectObject, frame.Replace(Slot, f[0], StringComparison.Ordinal), line.Source), line));
            }
        }
        return patterns;
    }

    /// <summary>Whether a pattern puts a judgement on what its gap names (made here from a naming frame and a judgement).</summary>
    public static bool IsNaming(EventPattern pattern) => pattern.Line.File.EndsWith(JudgementsFile, StringComparison.Ordinal);
}
