using Parley.Web;

// `dotnet run --project src/Parley.Web -- --Parley:Database parley.db`; 'parley serve' builds the same
// application through ParleyWebApp with its own options.
var app = ParleyWebApp.Create(args);
await app.RunAsync();

/// <summary>The entry point, public so that integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
