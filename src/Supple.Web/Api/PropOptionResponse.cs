namespace Supple.Web.Api;

/// <summary>A prop the person may have: its id (as in the answers) and its name in words.</summary>
public sealed record PropOptionResponse(string Id, string Name);
