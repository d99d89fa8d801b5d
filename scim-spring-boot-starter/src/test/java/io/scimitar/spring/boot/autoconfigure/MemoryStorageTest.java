package io.scimitar.spring.boot.autoconfigure;

import io.scimitar.core.spi.Storage;
import io.scimitar.spring.boot.testapp.HostApplication;
import io.scimitar.store.memory.MemoryStorage;
import org.springframework.boot.test.context.SpringBootTest;

/** The host application without a DataSource: Scimitar keeps everything in memory. */
@SpringBootTest(classes = HostApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.autoconfigure.exclude="
        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
class MemoryStorageTest extends HostApplicationContract {
  @Override
  Class<? extends Storage> expectedStorage() {
    return MemoryStorage.class;
  }
}
