namespace Supple.Data;

/// <summary>The database engine behind a store.</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite file (the default for one person on a laptop).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (many people on a server).</summary>
    PostgreSql,
}
