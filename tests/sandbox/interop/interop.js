// The official Alibaba Cloud Node SDKs against apsara-sandbox: each client signs real requests (ACS3-HMAC-SHA256,
// RPC v1 HMAC-SHA1, bearer token, pop-core GET and POST) and the answers must map into the SDK models.
// Usage: node interop.js http://127.0.0.1:PORT   (exit status 0 = every check passed)
'use strict';

const assert = require('assert');
const RPCClient = require('@alicloud/pop-core').RPCClient;
const { $OpenApiUtil } = require('@alicloud/openapi-core');
const Rds = require('@alicloud/rds20140815');
const Redis = require('@alicloud/r-kvstore20150101');

const endpointUrl = process.argv[2];
if (!endpointUrl) {
  console.error('usage: node interop.js http://127.0.0.1:PORT');
  process.exit(2);
}
const host = endpointUrl.replace(/^http:\/\//, '').replace(/\/$/, '');
const ID = 'sandbox-demo-id';
const SECRET = 'sandbox-demo-secret';
const TOKEN = 'sandbox-demo-token';
const MYSQL = 'rm-bp1k8x3n2q7w4e5r6';
const REDIS = 'r-bp1h9j8k7l6m5n4b3';
const PASSWORD = 'Str0ng#Pass';

function config(extra) {
  return new $OpenApiUtil.Config(Object.assign({ endpoint: host, protocol: 'http', regionId: 'cn-hangzhou' }, extra));
}

let checks = 0;
async function check(name, fn) {
  try {
    await fn();
    checks++;
    console.log('ok   ' + name);
  } catch (e) {
    console.log('FAIL ' + name + ': ' + (e && e.stack ? e.stack : e));
    process.exitCode = 1;
  }
}

async function expectCode(promise, code) {
  try {
    await promise;
  } catch (e) {
    assert.strictEqual(e.code, code, 'code ' + e.code + ' message ' + e.message);
    return e;
  }
  throw new Error('expected the error ' + code + ' but the call succeeded');
}

async function rdsProductSdk(label, extra, suffix) {
  const client = new Rds.default(config(extra));
  await check(`rds ${label} DescribeAccounts`, async () => {
    const res = await client.describeAccounts(new Rds.DescribeAccountsRequest({ DBInstanceId: MYSQL }));
    const accounts = res.body.accounts.DBInstanceAccount;
    assert.ok(accounts.length >= 7, 'accounts ' + accounts.length);
    const appRw = accounts.find((a) => a.accountName === 'app_rw');
    assert.strictEqual(appRw.accountStatus, 'Available');
    assert.strictEqual(appRw.databasePrivileges.databasePrivilege.length, 2);
    assert.ok(res.body.totalRecordCount >= 7);
    assert.ok(res.body.requestId);
  });
  const name = 'sdk_' + suffix;
  await check(`rds ${label} CreateAccount`, async () => {
    const res = await client.createAccount(new Rds.CreateAccountRequest({
      DBInstanceId: MYSQL, accountName: name, accountPassword: PASSWORD, accountDescription: '测试 账号' }));
    assert.ok(res.body.requestId);
    const listed = await client.describeAccounts(new Rds.DescribeAccountsRequest({ DBInstanceId: MYSQL, accountName: name }));
    assert.strictEqual(listed.body.accounts.DBInstanceAccount[0].accountDescription, '测试 账号');
  });
  await check(`rds ${label} ResetAccountPassword`, async () => {
    const res = await client.resetAccountPassword(new Rds.ResetAccountPasswordRequest({
      DBInstanceId: MYSQL, accountName: name, accountPassword: 'N3w#Pa(ss)*w+rd=' }));
    assert.ok(res.body.requestId);
  });
  await check(`rds ${label} duplicate is a ClientError`, async () => {
    const e = await expectCode(client.createAccount(new Rds.CreateAccountRequest({
      DBInstanceId: MYSQL, accountName: name, accountPassword: PASSWORD })), 'InvalidAccountName.Duplicate');
    assert.strictEqual(e.statusCode, 400);
  });
  await check(`rds ${label} DescribeInstanceKeywords Words.word`, async () => {
    const res = await client.describeInstanceKeywords(new Rds.DescribeInstanceKeywordsRequest({ key: 'account' }));
    assert.ok(res.body.words.word.includes('root'));
  });
}

async function redisProductSdk(label, extra, suffix) {
  const client = new Redis.default(config(extra));
  await check(`redis ${label} DescribeAccounts`, async () => {
    const res = await client.describeAccounts(new Redis.DescribeAccountsRequest({ instanceId: REDIS }));
    const accounts = res.body.accounts.account;
    assert.ok(accounts.some((a) => a.accountName === REDIS), 'default account present');
    assert.ok(res.body.totalCount >= 3);
  });
  const name = 'sdk-' + suffix;
  await check(`redis ${label} CreateAccount`, async () => {
    const res = await client.createAccount(new Redis.CreateAccountRequest({
      instanceId: REDIS, accountName: name, accountPassword: PASSWORD, accountPrivilege: 'RoleReadOnly' }));
    assert.strictEqual(res.body.accountName, name);
    assert.strictEqual(res.body.acountName, name);
    assert.strictEqual(res.body.instanceId, REDIS);
  });
  await check(`redis ${label} ResetAccountPassword`, async () => {
    const res = await client.resetAccountPassword(new Redis.ResetAccountPasswordRequest({
      instanceId: REDIS, accountName: name, accountPassword: 'N3w#Password' }));
    assert.ok(res.body.requestId);
  });
  await check(`redis ${label} Copy on a cluster is refused`, async () => {
    await expectCode(client.createAccount(new Redis.CreateAccountRequest({
      instanceId: REDIS, accountName: name + '-repl', accountPassword: PASSWORD, accountPrivilege: 'RoleRepl' })),
    'InvalidAccountPrivilege');
  });
}

async function popCore() {
  for (const method of ['POST', 'GET']) {
    const rds = new RPCClient({ accessKeyId: ID, accessKeySecret: SECRET, endpoint: endpointUrl, apiVersion: '2014-08-15' });
    await check(`pop-core ${method} rds DescribeAccounts`, async () => {
      const res = await rds.request('DescribeAccounts', { DBInstanceId: MYSQL }, { method, timeout: 10000 });
      assert.ok(res.Accounts.DBInstanceAccount.length >= 7);
    });
    await check(`pop-core ${method} rds CreateAccount`, async () => {
      const res = await rds.request('CreateAccount', {
        DBInstanceId: MYSQL, AccountName: 'pop_' + method.toLowerCase(), AccountPassword: 'Pa(ss)w0rd!*' },
      { method, timeout: 10000 });
      assert.ok(res.RequestId);
    });
    const redis = new RPCClient({ accessKeyId: ID, accessKeySecret: SECRET, securityToken: 'CAIS+sts/token==',
      endpoint: endpointUrl, apiVersion: '2015-01-01' });
    await check(`pop-core ${method} redis DescribeAccounts (STS)`, async () => {
      const res = await redis.request('DescribeAccounts', { InstanceId: REDIS }, { method, timeout: 10000 });
      assert.ok(res.Accounts.Account.length >= 3);
    });
    await check(`pop-core ${method} unknown instance throws`, async () => {
      await expectCode(redis.request('DescribeAccounts', { InstanceId: 'r-none' }, { method, timeout: 10000 }),
        'InvalidInstanceId.NotFound');
    });
  }
  const wrong = new RPCClient({ accessKeyId: ID, accessKeySecret: 'wrong', endpoint: endpointUrl, apiVersion: '2014-08-15' });
  await check('pop-core wrong secret is SignatureDoesNotMatch', async () => {
    await expectCode(wrong.request('DescribeRegions', {}, { method: 'POST', timeout: 10000 }), 'SignatureDoesNotMatch');
  });
}

(async () => {
  await rdsProductSdk('v3', { accessKeyId: ID, accessKeySecret: SECRET }, 'v3');
  await rdsProductSdk('v2', { accessKeyId: ID, accessKeySecret: SECRET, signatureAlgorithm: 'v2' }, 'v2');
  await rdsProductSdk('v3-sts', { accessKeyId: ID, accessKeySecret: SECRET, securityToken: 'sts-token/+=' }, 'v3sts');
  await redisProductSdk('v3', { accessKeyId: ID, accessKeySecret: SECRET }, 'v3');
  await redisProductSdk('v2', { accessKeyId: ID, accessKeySecret: SECRET, signatureAlgorithm: 'v2' }, 'v2');
  await check('rds bearer v3 DescribeAccounts', async () => {
    const client = new Rds.default(config({ bearerToken: TOKEN, type: 'bearer' }));
    const res = await client.describeAccounts(new Rds.DescribeAccountsRequest({ DBInstanceId: MYSQL }));
    assert.ok(res.body.accounts.DBInstanceAccount.length >= 7);
  });
  await check('rds bearer v2 DescribeAccounts', async () => {
    const client = new Rds.default(config({ bearerToken: TOKEN, type: 'bearer', signatureAlgorithm: 'v2' }));
    const res = await client.describeAccounts(new Rds.DescribeAccountsRequest({ DBInstanceId: MYSQL }));
    assert.ok(res.body.accounts.DBInstanceAccount.length >= 7);
  });
  await popCore();
  console.log(`${checks} checks passed` + (process.exitCode ? ', some FAILED' : ''));
})();
