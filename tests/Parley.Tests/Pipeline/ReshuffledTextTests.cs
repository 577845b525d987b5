using System.Text.Json;
using Parley.Tests.Events;
using Parley.Tests.Support;

namespace Parley.Tests.Pipeline;

/// <summary>
/// The rules that look back over a story (coreference, pairs, carried parties, merges) meet orders of sentences no
/// single test thought of. Articles made of the gold data's own sentences and paragraphs, drawn in a seeded random
/// order, must all be coded without an exception: one such order once made "both countries" read text backwards.
/// </summary>
public sealed class ReshuffledTextTests
{
    private const int Articles = 1500;

    private static readonly string[] GoldFolders = ["events", "mentions"];

    [Fact]
    public void ArticlesOfReshuffledGoldText_AreAllCoded()
    {
        var (sentences, paragraphs) = GoldText();
        var random = new Random(7);
        var failures = new List<string>();
        for (var i = 0; i < Articles; i++)
        {
            var parts = Enumerable.Range(0, random.Next(2, 9)).Select(_ => random.Next(2) == 0
                ? paragraphs[random.Next(paragraphs.Count)]
                : string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => sentences[random.Next(sentences.Count)])));
            var text = string.Join("\n\n", parts);
            if (Record.Exception(() => EventCodingTests.Code(text, $"2025-0{random.Next(1, 10)}-1{random.Next(10)}")) is { } e)
                failures.Add($"article {i}: {e.GetType().Name}: {e.Message}\n{text}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {Articles} articles failed; the first:\n{failures.FirstOrDefault()}");
    }

    /// <summary>The one-sentence texts and the paragraphs of the multi-paragraph texts of the event and mention gold.</summary>
    private static (List<string> Sentences, List<string> Paragraphs) GoldText()
    {
        List<string> sentences = [], paragraphs = [];
        var files = GoldFolders.SelectMany(folder =>
            Directory.EnumerateFiles(Path.Combine(Repository.Root, "eval", "gold", folder), "*.jsonl", SearchOption.AllDirectories));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
                if (text.Contains("\n\n", StringComparison.Ordinal))
                    paragraphs.AddRange(text.Split("\n\n"));
                else
                    sentences.Add(text);
            }
        }
        return (sentences, paragraphs);
    }
}
