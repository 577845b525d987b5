using BenchmarkDotNet.Attributes;
using Parley.Lexicons;
using Parley.Mentions;

namespace Parley.Benchmarks;

/// <summary>Start-up cost of the actor and place lexicons: parsing every file and building the tries.</summary>
[MemoryDiagnoser]
public class LexiconBenchmarks
{
    /// <summary>Loads and compiles the shipped lexicons.</summary>
    [Benchmark]
    public EntityLexicon LoadShippedLexicons() => EntityLexicon.Load(LexiconFiles.Shipped);
}
