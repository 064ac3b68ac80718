using Npgsql;

namespace Supple.Data.Tests;

/// <summary>The Npgsql settings Supple adds for a server's many short requests, and that a connection string overrides.</summary>
public sealed class PostgreSqlConnectionSettingsTests
{
    [Fact]
    public void A_plain_connection_string_gets_no_reset_on_close_and_auto_prepare()
    {
        var tuned = new NpgsqlConnectionStringBuilder(SuppleContextFactory.Tuned("Host=db.example;Username=supple;Database=supple"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal("db.example", tuned.Host);
        Assert.Equal("supple", tuned.Database);
    }

    [Fact]
    public void Settings_the_connection_string_gives_are_kept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(SuppleContextFactory.Tuned("Host=db.example;No Reset On Close=false;Max Auto Prepare=0"));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
