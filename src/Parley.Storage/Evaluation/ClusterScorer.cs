using Parley.Dates;
using Parley.Documents;
using Parley.Evaluation;
using Parley.Pipeline;
using Parley.Storage.Sqlite;

namespace Parley.Storage.Evaluation;

/// <summary>
/// Scores how the store groups reports into happenings: the gold articles go through the pipeline into a
/// fresh SQLite store, each gold report is found as the first event of its article with its type and one of
/// its actors, and every two reports are compared by happening (gold label against the store's cluster key).
/// </summary>
/// <param name="pipeline">The pipeline articles run through.</param>
public sealed class ClusterScorer(DocumentPipeline pipeline)
{
    /// <summary>Scores <paramref name="articles"/>, using a store in <paramref name="folder"/> (removed afterwards).</summary>
    public ClusterEvaluation Score(IReadOnlyList<GoldClusterArticle> articles, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var path = Path.Combine(folder, $"parley-clusters-{Guid.NewGuid():N}.db");
        try
        {
            List<EventRecord> events;
            using (var store = SqliteEventStore.Open(path))
            {
                store.Store([.. articles.Select(a => pipeline.Process(Document(a), cancellationToken))], cancellationToken);
                events = store.Events(new EventQuery { Modality = null }, cancellationToken).ToList();
            }
            var byUrl = events.GroupBy(e => e.Url ?? "").ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id).ToList());
            var reports = new List<(string Article, GoldClusterEvent Gold, string? Key)>();
            var disagreements = new List<string>();
            foreach (var article in articles)
            {
                var found = byUrl.GetValueOrDefault(article.Url, []);
                foreach (var gold in article.Events)
                {
                    var match = found.FirstOrDefault(e => e.PloverType == gold.Type && e.Actors.Any(a => gold.Actor.Contains(a.Code)));
                    if (match is null)
                        disagreements.Add($"{article.Id}\tunmatched\t{gold.Type} by {string.Join(',', gold.Actor)} ({gold.Cluster})");
                    reports.Add((article.Id, gold, match?.ClusterKey));
                }
            }
            int truePairs = 0, falsePairs = 0, missed = 0;
            for (var i = 0; i < reports.Count; i++)
            {
                for (var j = i + 1; j < reports.Count; j++)
                {
                    var (a, b) = (reports[i], reports[j]);
                    var together = a.Key is not null && a.Key == b.Key;
                    if (a.Gold.Cluster == b.Gold.Cluster)
                    {
                        if (together)
                            truePairs++;
                        else
                        {
                            missed++;
                            disagreements.Add($"{a.Article}+{b.Article}\tkept apart\t{a.Gold.Cluster}: {a.Key ?? "-"} / {b.Key ?? "-"}");
                        }
                    }
                    else if (together)
                    {
                        falsePairs++;
                        disagreements.Add($"{a.Article}+{b.Article}\tput together\t{a.Gold.Cluster} / {b.Gold.Cluster}: {a.Key}");
                    }
                }
            }
            var pairs = new FieldScore("happening pairs");
            pairs.Add(predicted: truePairs + falsePairs, gold: truePairs + missed, correct: truePairs);
            return new ClusterEvaluation(pairs, reports.Count, reports.Count(r => r.Key is null), disagreements);
        }
        finally
        {
            foreach (var suffix in (string[])["", "-wal", "-shm"])
                File.Delete(path + suffix);
        }
    }

    private static Document Document(GoldClusterArticle a) =>
        new(a.Text, new DocumentMetadata
        {
            Id = a.Id, Origin = a.Id, Format = "text", Url = a.Url, Source = a.Source, Title = a.Title,
            Published = PartialDate.TryParse(a.Published, out var day) ? new PublicationDate(day, DateSource.Metadata) : null,
        });
}
