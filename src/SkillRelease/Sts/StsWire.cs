using SkillRelease.Http;

namespace SkillRelease.Sts;

/// <summary>
/// STS's AWS Query protocol as the AWS CLI v1 (botocore 1.43) speaks it: a form-encoded POST to "/" with
/// <c>Action</c> and <c>Version=2011-06-15</c>, SigV4-signed with the signing name <c>sts</c>, answered in XML in the
/// namespace below; an error is <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;</c>.
/// Shared by the client and the simulator. Last checked 2026-11-29 against
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html (its sample response) and
/// <c>aws sts get-caller-identity --endpoint-url</c> (botocore 1.43.11) against the simulator.
/// </summary>
public static class StsWire
{
    public const string SigningService = "sts";
    public const string Version = "2011-06-15";
    public const string XmlNamespace = "https://sts.amazonaws.com/doc/2011-06-15/";
    public const string FormContentType = "application/x-www-form-urlencoded";
    public const string RequestIdHeader = AwsWire.RequestIdHeader;
    public const string GetCallerIdentity = "GetCallerIdentity";

    /// <summary>The form fields every Query call carries: the operation and the API version.</summary>
    public const string ActionField = "Action";
    public const string VersionField = "Version";
}
