package cn.xuchang.hrss.subsidy.system;

import java.util.Map;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine's identity service, telling the {@link LoginCache} of every change it makes: after the change, and again
 * when a surrounding transaction ends (until then another request could still read and remember the old state).
 */
class ForgettingIdentityService extends IdentityServiceImpl {

    private final LoginCache logins;

    ForgettingIdentityService(LoginCache logins) {
        this.logins = logins;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        boolean valid = super.checkPassword(userId, password);
        if (!valid) {
            // the engine has just delayed the user's next login: no remembered login may skip that delay
            logins.forget(userId);
        }
        return valid;
    }

    @Override
    public void saveUser(User user) {
        super.saveUser(user);
        changed();
    }

    @Override
    public void saveUser(User user, boolean skipPasswordPolicy) {
        super.saveUser(user, skipPasswordPolicy);
        changed();
    }

    @Override
    public void deleteUser(String userId) {
        super.deleteUser(userId);
        changed();
    }

    @Override
    public void unlockUser(String userId) {
        super.unlockUser(userId);
        changed();
    }

    @Override
    public void saveGroup(Group group) {
        super.saveGroup(group);
        changed();
    }

    @Override
    public void deleteGroup(String groupId) {
        super.deleteGroup(groupId);
        changed();
    }

    @Override
    public void createMembership(String userId, String groupId) {
        super.createMembership(userId, groupId);
        changed();
    }

    @Override
    public void deleteMembership(String userId, String groupId) {
        super.deleteMembership(userId, groupId);
        changed();
    }

    @Override
    public void saveTenant(Tenant tenant) {
        super.saveTenant(tenant);
        changed();
    }

    @Override
    public void deleteTenant(String tenantId) {
        super.deleteTenant(tenantId);
        changed();
    }

    @Override
    public void createTenantUserMembership(String tenantId, String userId) {
        super.createTenantUserMembership(tenantId, userId);
        changed();
    }

    @Override
    public void createTenantGroupMembership(String tenantId, String groupId) {
        super.createTenantGroupMembership(tenantId, groupId);
        changed();
    }

    @Override
    public void deleteTenantUserMembership(String tenantId, String userId) {
        super.deleteTenantUserMembership(tenantId, userId);
        changed();
    }

    @Override
    public void deleteTenantGroupMembership(String tenantId, String groupId) {
        super.deleteTenantGroupMembership(tenantId, groupId);
        changed();
    }

    @Override
    public void setUserAccount(
            String userId,
            String userPassword,
            String accountName,
            String accountUsername,
            String accountPassword,
            Map<String, String> accountDetails) {
        super.setUserAccount(userId, userPassword, accountName, accountUsername, accountPassword, accountDetails);
        changed();
    }

    @Override
    public void deleteUserAccount(String userId, String accountName) {
        super.deleteUserAccount(userId, accountName);
        changed();
    }

    private void changed() {
        logins.forgetAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    logins.forgetAll();
                }
            });
        }
    }
}
