using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*' [--job short|dry]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
