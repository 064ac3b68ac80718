namespace Supple.Web.Accounts;

/// <summary>Deleting an account asks for its password once more.</summary>
public sealed record DeleteAccountRequest(string? Password);
