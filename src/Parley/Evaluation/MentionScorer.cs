using System.Text.Json;
using Parley.Dates;
using Parley.Documents;
using Parley.Mentions;
using Parley.Pipeline;

namespace Parley.Evaluation;

/// <summary>
/// Scores the pipeline's mentions against gold sentences. A predicted mention matches a gold one of the
/// same kind whose span it overlaps (one to one, most overlap first); each field is then scored over
/// the matched pairs: a value counts as correct only when the mention was found and the value agrees.
/// </summary>
/// <param name="pipeline">The pipeline under test.</param>
/// <param name="lexicon">Its lexicon: a name counts as right when it is any form of the same person or organisation ("NATO" for "North Atlantic Treaty Organization").</param>
public sealed class MentionScorer(DocumentPipeline pipeline, EntityLexicon lexicon)
{
    private readonly Dictionary<string, HashSet<string>> namesakes = Namesakes(lexicon);

    /// <summary>Scores every gold sentence.</summary>
    public MentionEvaluation Score(IEnumerable<GoldSentence> gold, CancellationToken cancellationToken = default)
    {
        var evaluation = new MentionEvaluation();
        foreach (var sentence in gold)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Score(sentence, evaluation);
            evaluation.Sentences++;
        }
        return evaluation;
    }

    private void Score(GoldSentence sentence, MentionEvaluation evaluation)
    {
        var published = PartialDate.TryParse(sentence.Published, out var date) ? new PublicationDate(date, DateSource.Option) : (PublicationDate?)null;
        var document = pipeline.Process(new Document(sentence.Text, new DocumentMetadata { Id = sentence.Id, Origin = sentence.Id, Format = "gold", Published = published }));
        var text = document.Text;
        foreach (var kind in Enum.GetValues<MentionKind>())
        {
            var prefix = MentionEvaluation.Prefix(kind);
            var expected = new List<(GoldMention Mention, int Start, int End)>();
            foreach (var mention in sentence.Mentions.Where(m => m.Kind == prefix))
            {
                var start = GoldReader.IndexOfOccurrence(text, mention.Text, mention.Occurrence);
                if (start < 0)
                    evaluation.Problems.Add($"{sentence.Id}: \"{mention.Text}\" (occurrence {mention.Occurrence}) is not in the text");
                else
                    expected.Add((mention, start, start + mention.Text.Length));
            }
            // Pronouns are not annotated in gold data (see eval/gold/mentions/README.md), so they are not scored.
            var found = document.Mentions.Where(m => m.Kind == kind && m.Evidence != EntityRecognizer.PronounEvidence).ToList();
            var pairs = Pair(expected, found);
            evaluation[prefix + ".span"].Add(found.Count, expected.Count, pairs.Count);
            foreach (var (gold, predicted) in pairs)
                Note(evaluation, sentence.Id, gold, predicted, text);
            foreach (var gold in expected.Where(e => !pairs.Exists(p => p.Gold == e.Mention)))
                evaluation.Disagreements.Add($"{sentence.Id}\t{prefix} missed\t\"{gold.Mention.Text}\"\t{Describe(gold.Mention)}");
            foreach (var predicted in found.Where(f => !pairs.Exists(p => p.Found == f)))
                evaluation.Disagreements.Add($"{sentence.Id}\t{prefix} spurious\t\"{text[predicted.Start..predicted.End]}\"\t{Describe(predicted)}");
            switch (kind)
            {
                case MentionKind.Actor:
                    Field(evaluation["actor.code"], expected, found, pairs, g => g.Code, f => f.Actor?.Code);
                    Field(evaluation["actor.sector"], expected, found, pairs, g => g.Sector, f => f.Actor?.Sector);
                    Field(evaluation["actor.name"], expected, found, pairs, g => g.Name, f => f.Actor?.Name, SameEntity);
                    break;
                case MentionKind.Place:
                    Field(evaluation["place.country"], expected, found, pairs, g => g.Country, f => f.Place?.Country);
                    break;
                default:
                    Field(evaluation["date.value"], expected, found, pairs, g => g.Value, f => f.Time?.Value);
                    break;
            }
        }
    }

    private static void Field(FieldScore score, List<(GoldMention Mention, int Start, int End)> expected, List<Mention> found,
        List<(GoldMention Gold, Mention Found)> pairs, Func<GoldMention, string?> goldValue, Func<Mention, string?> foundValue,
        Func<string, string?, bool>? agreement = null)
    {
        var agree = agreement ?? ((g, f) => string.Equals(g, f, StringComparison.OrdinalIgnoreCase));
        var correct = pairs.Count(p => goldValue(p.Gold) is { } g && agree(g, foundValue(p.Found)));
        score.Add(found.Count(f => foundValue(f) is not null), expected.Count(e => goldValue(e.Mention) is not null), correct);
    }

    private void Note(MentionEvaluation evaluation, string id, GoldMention gold, Mention found, string text)
    {
        var disagreements = new List<string>();
        if (found.Actor is { } actor)
        {
            if (gold.Code != actor.Code) disagreements.Add($"code {gold.Code}≠{actor.Code}");
            if (gold.Sector != actor.Sector) disagreements.Add($"sector {gold.Sector}≠{actor.Sector}");
            if (!(gold.Name is null ? actor.Name is null : SameEntity(gold.Name, actor.Name))) disagreements.Add($"name {gold.Name ?? "-"}≠{actor.Name ?? "-"}");
        }
        if (found.Place is { } place && gold.Country != place.Country)
            disagreements.Add($"country {gold.Country}≠{place.Country}");
        if (found.Kind == MentionKind.Date && gold.Value != found.Time?.Value)
            disagreements.Add($"value {gold.Value}≠{found.Time?.Value ?? "-"}");
        if (disagreements.Count > 0)
            evaluation.Disagreements.Add($"{id}\t{gold.Kind} wrong\t\"{gold.Text}\" / \"{text[found.Start..found.End]}\"\t{string.Join(", ", disagreements)}");
    }

    private bool SameEntity(string gold, string? found) =>
        found is not null && (Comparable(gold) == Comparable(found)
                              || (namesakes.TryGetValue(found, out var forms) && forms.Contains(gold)));

    /// <summary>Names compared without case, spaces or periods: "K. P. Sharma Oli" is "K.P. Sharma Oli".</summary>
    private static string Comparable(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c != '.')).ToUpperInvariant();

    /// <summary>Every form of each organisation and person name, keyed by the canonical name.</summary>
    private static Dictionary<string, HashSet<string>> Namesakes(EntityLexicon lexicon)
    {
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, IEnumerable<string> names)
        {
            if (!forms.TryGetValue(name, out var set))
                forms[name] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            set.UnionWith(names);
        }
        foreach (var organisation in lexicon.Actors.Organisations)
            Add(organisation.Name, [organisation.Phrase]);
        foreach (var term in lexicon.Actors.OfficeTerms)
            Add(term.Name, term.Aliases);
        return forms;
    }

    /// <summary>One-to-one pairs of overlapping gold and found mentions, largest overlap first.</summary>
    private static List<(GoldMention Gold, Mention Found)> Pair(List<(GoldMention Mention, int Start, int End)> expected, List<Mention> found)
    {
        var candidates = new List<(int Overlap, int Gold, int Found)>();
        for (var g = 0; g < expected.Count; g++)
            for (var f = 0; f < found.Count; f++)
            {
                var overlap = Math.Min(expected[g].End, found[f].End) - Math.Max(expected[g].Start, found[f].Start);
                if (overlap > 0)
                    candidates.Add((overlap, g, f));
            }
        var usedGold = new HashSet<int>();
        var usedFound = new HashSet<int>();
        var pairs = new List<(GoldMention, Mention)>();
        foreach (var (_, g, f) in candidates.OrderByDescending(c => c.Overlap))
        {
            if (usedGold.Contains(g) || usedFound.Contains(f))
                continue;
            usedGold.Add(g);
            usedFound.Add(f);
            pairs.Add((expected[g].Mention, found[f]));
        }
        return pairs;
    }

    private static string Describe(GoldMention m) => m.Kind switch
    {
        "actor" => $"{m.Code} {m.Sector} {m.Name}",
        "place" => m.Country ?? "",
        _ => $"{m.Value} {m.Precision}",
    };

    private static string Describe(Mention m) => m.Kind switch
    {
        MentionKind.Actor => $"{m.Actor!.Code} {m.Actor.Sector} {m.Actor.Name}",
        MentionKind.Place => $"{m.Place!.Country} ({m.Place.Name})",
        _ => $"{m.Time?.Value} {m.Time?.Precision}",
    };
}
