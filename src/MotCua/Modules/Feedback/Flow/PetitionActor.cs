using MotCua.Modules.Dossiers;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;

namespace MotCua.Modules.Feedback.Flow;

/// <summary>The staff roles that act on PAKN (ADR-046 §3).</summary>
[Flags]
internal enum FeedbackRoles
{
    None = 0,
    ControlOfficer = 1,
    Specialist = 2,
    UnitLeader = 4,
    AgencyLeader = 8,
}

/// <summary>
/// Who acts on a PAKN: a staff member of an agency with their roles and unit, or the sender (signed in as the account that
/// sent it, or proved by the code and check digits), or a system (the API, Open311).
/// </summary>
internal sealed record PetitionActor(Guid? UserId, string Name, string? Ip, FeedbackRoles Roles, Guid? AgencyId, Guid? UnitId, bool IsSender)
{
    /// <summary>Staff may act only on PAKN their own agency holds; reading is wider (province-wide roles, ADR-005).</summary>
    public bool IsStaffOf(Guid agencyId) => Roles != FeedbackRoles.None && AgencyId == agencyId;

    public bool Has(FeedbackRoles role) => (Roles & role) != 0;

    public Actor AsActor() => new(UserId, Name, Ip);

    /// <summary>A staff member from the request's principal and scope.</summary>
    public static PetitionActor Staff(HttpContext context, IAgencyScope scope)
    {
        var roles = FeedbackRoles.None;
        var user = context.User;
        if (user.IsInRole(Organization.Roles.ControlOfficer))
        {
            roles |= FeedbackRoles.ControlOfficer;
        }

        if (user.IsInRole(Organization.Roles.Specialist))
        {
            roles |= FeedbackRoles.Specialist;
        }

        if (user.IsInRole(Organization.Roles.UnitLeader))
        {
            roles |= FeedbackRoles.UnitLeader;
        }

        if (user.IsInRole(Organization.Roles.AgencyLeader))
        {
            roles |= FeedbackRoles.AgencyLeader;
        }

        var actor = Actor.From(context);
        return new PetitionActor(actor.UserId, actor.Name, actor.Ip, roles, scope.AgencyId, scope.UnitId, IsSender: false);
    }

    /// <summary>The sender, signed in or proved by the check digits.</summary>
    public static PetitionActor Sender(Actor actor) => new(actor.UserId, actor.Name, actor.Ip, FeedbackRoles.None, null, null, IsSender: true);

    /// <summary>An integrated system acting for its agency with the rights of the agency's control office (ADR-046 §8).</summary>
    public static PetitionActor System(Actor actor, Guid agencyId) =>
        new(actor.UserId, actor.Name, actor.Ip, FeedbackRoles.ControlOfficer | FeedbackRoles.AgencyLeader | FeedbackRoles.Specialist, agencyId, null, IsSender: false);
}
