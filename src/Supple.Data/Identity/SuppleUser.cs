using Microsoft.AspNetCore.Identity;

namespace Supple.Data.Identity;

/// <summary>
/// A person with an account on a multi-user Supple server. Its <c>Id</c> is the <c>user_id</c>
/// of every row that person owns (single-user mode has no accounts and uses "local").
/// </summary>
public sealed class SuppleUser : IdentityUser
{
}
