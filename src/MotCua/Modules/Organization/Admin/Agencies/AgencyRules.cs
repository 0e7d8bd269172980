using MotCua.Common.Localization;
using MotCua.Common.Validation;

namespace MotCua.Modules.Organization.Admin.Agencies;

/// <summary>Rules an agency must satisfy beyond the format of its code (<see cref="AgencyCode"/>).</summary>
internal static class AgencyRules
{
    /// <summary>
    /// The failure of the agency form's <c>Code</c> when <paramref name="code"/> does not extend <paramref name="parentCode"/>,
    /// otherwise null.
    /// </summary>
    public static RuleFailure? CheckParentPrefix(string code, string? parentCode)
    {
        // QĐ 20/2020/QĐ-TTg Điều 4 khoản 2: a level-n code is the level-(n-1) code of the managing agency plus ".group"; we treat the parent in the tree as that agency.
        if (parentCode is null || code.StartsWith(parentCode + ".", StringComparison.Ordinal))
        {
            return null;
        }

        return new RuleFailure("Code", ResourceText.Get<OrganizationText>("Rule_CodeParentPrefix", parentCode), "CodeParentPrefix");
    }
}
