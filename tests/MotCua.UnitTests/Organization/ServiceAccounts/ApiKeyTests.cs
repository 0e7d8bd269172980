using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Scoping;
using MotCua.Modules.Organization.ServiceAccounts;

namespace MotCua.UnitTests.Organization.ServiceAccounts;

public sealed class ApiKeyTests
{
    [Fact]
    public void A_new_key_reads_mc_public_id_and_a_256_bit_base64url_secret()
    {
        var key = ApiKey.Generate();

        key.Value.ShouldMatch("^mc_[a-km-np-z2-9]{12}_[A-Za-z0-9_-]{43}$");
        key.Value.Substring(3, 12).ShouldBe(key.PublicId);
        Base64Url.DecodeFromChars(key.Value.AsSpan(16)).Length.ShouldBe(32);
    }

    [Fact]
    public void Two_new_keys_share_neither_public_id_nor_secret()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => ApiKey.Generate()).ToList();

        keys.Select(k => k.PublicId).Distinct().Count().ShouldBe(200);
        keys.Select(k => Convert.ToHexString(k.Hash())).Distinct().Count().ShouldBe(200);
    }

    [Fact]
    public void A_key_parsed_from_its_text_has_the_same_public_id_and_matches_the_stored_hash()
    {
        var key = ApiKey.Generate();

        ApiKey.TryParse(key.Value, out var parsed).ShouldBeTrue();

        parsed!.PublicId.ShouldBe(key.PublicId);
        parsed.Value.ShouldBe(key.Value);
        parsed.Matches(key.Hash()).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("mc_")]
    [InlineData("xx_abcdefghijk2_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("mc_abcdefghijk2-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("mc_ABCDEFGHIJK2_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("mc_abcdefghijk0_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("mc_abcdefghijk2_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("mc_abcdefghijk2_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("mc_abcdefghijk2_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!")]
    [InlineData("mc_abcdefghijk2_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("mc_abcdefghijk2_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB")]
    [InlineData("mc_abcdefghijk2_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA_")]
    public void Text_that_is_not_exactly_a_key_is_not_a_key(string? text)
    {
        ApiKey.TryParse(text, out var key).ShouldBeFalse();
        key.ShouldBeNull();
    }

    [Fact]
    public void Every_generated_key_parses_back()
    {
        for (var i = 0; i < 500; i++)
        {
            var key = ApiKey.Generate();
            ApiKey.TryParse(key.Value, out var parsed).ShouldBeTrue(key.Value);
            parsed!.Matches(key.Hash()).ShouldBeTrue();
        }
    }

    [Fact]
    public void The_stored_hash_is_SHA256_of_the_secret_and_does_not_contain_it()
    {
        var key = ApiKey.Generate();
        var secret = Base64Url.DecodeFromChars(key.Value.AsSpan(16));

        key.Hash().ShouldBe(SHA256.HashData(secret));
        Convert.ToHexString(key.Hash()).ShouldNotContain(Convert.ToHexString(secret)[..16]);
    }

    [Fact]
    public void A_key_with_the_same_public_id_but_another_secret_does_not_match()
    {
        var key = ApiKey.Generate();
        var other = ApiKey.Generate();
        ApiKey.TryParse(key.Value[..16] + other.Value[16..], out var forged).ShouldBeTrue();

        forged!.PublicId.ShouldBe(key.PublicId);
        forged.Matches(key.Hash()).ShouldBeFalse();
    }

    [Fact]
    public void Comparison_refuses_hashes_that_differ_in_any_byte_or_in_length()
    {
        var key = ApiKey.Generate();
        var hash = key.Hash();

        foreach (var position in new[] { 0, 15, 31 })
        {
            var changed = (byte[])hash.Clone();
            changed[position] ^= 1;
            key.Matches(changed).ShouldBeFalse();
        }

        key.Matches(hash[..31]).ShouldBeFalse();
        key.Matches([]).ShouldBeFalse();
        key.Matches([.. hash, 0]).ShouldBeFalse();
    }

    [Fact]
    public void The_masked_key_shows_the_public_id_and_never_the_secret()
    {
        var key = ApiKey.Generate();

        key.Masked.ShouldBe("mc_" + key.PublicId + "_…");
        key.Masked.ShouldNotContain(key.Value[16..22]);
    }

    [Fact]
    public void A_service_account_is_scoped_to_its_one_agency_and_is_not_staff()
    {
        var own = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Role, Roles.ServiceAccount), new Claim(StaffClaims.AgencyId, own.ToString())], ApiKeyAuthentication.Scheme));

        var scope = AgencyScope.From(principal);

        scope.IsServiceAccount.ShouldBeTrue();
        scope.IsStaff.ShouldBeFalse();
        scope.IsProvinceWide.ShouldBeFalse();
        scope.AgencyId.ShouldBe(own);
        scope.CanAccessAgency(own).ShouldBeTrue();
        scope.CanAccessAgency(other).ShouldBeFalse();
    }

    [Fact]
    public void The_service_account_role_is_in_none_of_the_role_lists_people_are_given()
    {
        Roles.All.ShouldNotContain(Roles.ServiceAccount);
        Roles.Staff.ShouldNotContain(Roles.ServiceAccount);
        Roles.AgencyBound.ShouldNotContain(Roles.ServiceAccount);
    }
}
