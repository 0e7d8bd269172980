using Microsoft.AspNetCore.Identity;

namespace MotCua.Modules.Organization.Data;

/// <summary>A person who signs in: a citizen, or a staff member scoped to an agency (and unit).</summary>
internal sealed class AppUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";
}

internal sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name) : base(name)
    {
    }
}
