using Parley.Storage;
using Parley.Storage.Postgres;

namespace Parley.Tests.Storage;

/// <summary>How <c>--db</c> tells a PostgreSQL database from a SQLite file, and reads a postgres:// URL.</summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("Host=db.example;Database=parley", true)]
    [InlineData("  host=127.0.0.1;Port=5433;Username=me;Database=x", true)]
    [InlineData("Server=db;Database=parley", true)]
    [InlineData("postgres://me@db:5433/parley", true)]
    [InlineData("postgresql://db/parley", true)]
    [InlineData("parley.db", false)]
    [InlineData("/data/host=1/parley.db", false)]
    [InlineData("archive;Host.db", false)]
    public void IsPostgres_OnlyForAConnectionStringOrAUrl(string db, bool expected) =>
        Assert.Equal(expected, PostgresConnectionString.IsPostgres(db));

    [Fact]
    public void Parse_Url_GivesHostPortDatabaseUserPasswordAndOptions()
    {
        var builder = PostgresConnectionString.Parse("postgres://ana:s%3Acret@db.example:5433/news%20archive?sslmode=require");

        Assert.Equal(("db.example", 5433, "news archive", "ana", "s:cret"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.Equal(Npgsql.SslMode.Require, builder.SslMode);
        Assert.Equal("postgres://db.example:5433/news archive", PostgresConnectionString.Describe(builder));
    }

    [Fact]
    public void Parse_Nonsense_SaysWhatToGive_WithoutThePassword()
    {
        var error = Assert.Throws<EventStoreException>(() => PostgresConnectionString.Parse("Host=db;Password=hunter2;Flavour=mint"));

        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
