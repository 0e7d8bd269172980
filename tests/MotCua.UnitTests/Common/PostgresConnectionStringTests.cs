using MotCua.Common.Data;
using Npgsql;

namespace MotCua.UnitTests.Common;

/// <summary>PostgreSQL statements are prepared automatically unless the connection string says otherwise (ADR-042).</summary>
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void A_connection_string_without_a_setting_gets_statements_prepared_from_their_second_use()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithPreparedStatements("Host=db.example;Database=motcua;Username=motcua;Password=\"p;w\""));

        result.MaxAutoPrepare.ShouldBe(PostgresConnectionString.PreparedStatements);
        result.AutoPrepareMinUsages.ShouldBe(2);
        result.Host.ShouldBe("db.example");
        result.Password.ShouldBe("p;w");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=5", 5)]
    [InlineData("Host=db;max auto prepare=7", 7)]
    public void A_connection_string_that_sets_it_keeps_its_own_value(string connectionString, int expected)
    {
        var result = PostgresConnectionString.WithPreparedStatements(connectionString);

        result.ShouldBe(connectionString);
        new NpgsqlConnectionStringBuilder(result).MaxAutoPrepare.ShouldBe(expected);
    }
}
