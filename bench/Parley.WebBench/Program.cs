using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Parley.Web;

// Usage: Parley.WebBench DB [REQUESTS per route, default 2000, at most 100000] [CONCURRENCY, default 8] [SECONDS per route, default 30]
// Starts the web application on a free loopback port over DB (read-only) and, route after route, sends
// REQUESTS requests from CONCURRENCY clients or stops after SECONDS, whichever comes first; prints requests/s,
// p50, p95 and p99 latency and the number of failed responses. Client and server share the machine.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Parley.WebBench DB [REQUESTS] [CONCURRENCY] [SECONDS]");
    return 2;
}
var database = args[0];
var requests = Math.Clamp(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000, 1, 100_000);
var concurrency = Math.Clamp(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8, 1, 64);
var seconds = Math.Clamp(args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 30, 1, 600);

await using var app = ParleyWebApp.Create(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?>
{
    ["Parley:Database"] = database,
    ["Parley:ReadOnly"] = "true",
    ["Logging:LogLevel:Default"] = "Warning",
});
await app.StartAsync();
var baseUrl = app.Urls.First().TrimEnd('/');
using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };

// The documents to open: those of the newest events, so that every document page has highlights.
var page = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/events?limit=200&modality=any", UriKind.Relative))).RootElement;
var documents = page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("story_id").GetInt64()).Distinct().ToArray();
var dyad = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/stats", UriKind.Relative))).RootElement.GetProperty("by_dyad")[0];
var dyadQuery = $"{dyad.GetProperty("actor").GetString()},{dyad.GetProperty("recipient").GetString()}";

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{database}: {documents.Length} documents sampled; {requests} requests per route, {concurrency} clients, at most {seconds} s per route, on {baseUrl}"));
Console.WriteLine("route                                  requests  req/s    p50 ms   p95 ms   p99 ms  failed");
var routes = new (string Name, Func<int, string> Url)[]
{
    ("GET /api/events?limit=50", _ => "/api/events?limit=50"),
    ($"GET /api/events?dyad={dyadQuery}", _ => $"/api/events?dyad={dyadQuery}"),
    ("GET /api/documents/{id}", i => $"/api/documents/{documents[i % documents.Length]}"),
    ("GET /documents/{id} (page)", i => $"/documents/{documents[i % documents.Length]}"),
    ("GET /events (page)", _ => "/events"),
    ("GET /health", _ => "/health"),
};
// Warm-up, not measured: the first requests of a route run through the JIT's first tier.
foreach (var (_, url) in routes)
{
    for (var i = 0; i < 50; i++)
        (await client.GetAsync(new Uri(url(i), UriKind.Relative))).Dispose();
}
foreach (var (name, url) in routes)
{
    var latencies = new List<double>(requests);
    var failed = 0;
    var next = -1;
    var deadline = Stopwatch.StartNew();
    var clock = Stopwatch.StartNew();
    async Task Client()
    {
        while (deadline.Elapsed.TotalSeconds < seconds)
        {
            var i = Interlocked.Increment(ref next);
            if (i >= requests)
                return;
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(url(i), UriKind.Relative), HttpCompletionOption.ResponseContentRead);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            lock (latencies)
            {
                latencies.Add(elapsed);
                if (!response.IsSuccessStatusCode)
                    failed++;
            }
        }
    }
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Client)));
    var wall = clock.Elapsed.TotalSeconds;
    latencies.Sort();
    double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-38} {latencies.Count,8} {latencies.Count / wall,6:0} {Percentile(0.50),9:0.0} {Percentile(0.95),8:0.0} {Percentile(0.99),8:0.0} {failed,7}"));
}
await app.StopAsync();
return 0;
