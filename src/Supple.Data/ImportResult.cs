namespace Supple.Data;

/// <summary>What an import did.</summary>
/// <param name="SessionsAdded">Sessions added.</param>
/// <param name="SessionsAlreadyPresent">Sessions skipped because a session with the same id was already there.</param>
/// <param name="PainEntriesAdded">Pain entries added.</param>
/// <param name="PainEntriesAlreadyPresent">Pain entries skipped because they were already there.</param>
public sealed record ImportResult(int SessionsAdded, int SessionsAlreadyPresent, int PainEntriesAdded, int PainEntriesAlreadyPresent);
